#!/usr/bin/env python3
"""Quick structural check of knowledge files while writing them (the real validator is Java, in core).

Usage: python3 knowledge/check.py knowledge/options/prolotherapy.yaml [...]
"""
import sys, yaml, re

OPTION_KEYS = {"id","name","category","regions","lastReviewed","reviewedBy","summary","whatItInvolves",
  "howItIsThoughtToWork","headline","burden","attributes","benefits","harms","claims","cautions","sources"}
STATEMENT_KEYS = {"outcome","timeframe","comparator","statement","naturalFrequency","meanDifference","certainty","confidence","sources"}
CERTAINTY = {"high","moderate","low","very-low","none"}
CONFIDENCE = {"confirmed","partly-confirmed","unconfirmed"}
DESIGNS = {"rct","systematic-review","guideline","cohort","case-series","practitioner-report","registry","other"}

def fail(f, msg):
    print(f"{f}: {msg}"); global bad; bad = True

def check_sources(f, doc):
    ids = set()
    for i, s in enumerate(doc.get("sources") or []):
        for k in ("id","citation","link","design"):
            if not s.get(k): fail(f, f"sources[{i}].{k} missing")
        if s.get("design") not in DESIGNS: fail(f, f"sources[{i}].design bad: {s.get('design')}")
        if not str(s.get("link","")).startswith("https://"): fail(f, f"sources[{i}].link must be https")
        ids.add(s.get("id"))
    return ids

def refs(f, path, node, ids):
    srcs = node.get("sources")
    if not srcs: fail(f, f"{path}.sources missing or empty")
    for s in srcs or []:
        if s not in ids: fail(f, f"{path}.sources: unknown source id {s}")

def check_option(f, doc):
    extra = set(doc) - OPTION_KEYS
    if extra: fail(f, f"unknown fields {extra}")
    for k in OPTION_KEYS:
        if k not in doc: fail(f, f"missing {k}")
    ids = check_sources(f, doc)
    h = doc.get("headline") or {}
    if h.get("direction") not in {"benefit","no-important-benefit","harm-outweighs","uncertain"}: fail(f, "headline.direction")
    if h.get("certainty") not in CERTAINTY: fail(f, "headline.certainty")
    refs(f, "headline", h, ids)
    for part in ("benefits","harms"):
        if not doc.get(part): fail(f, f"{part} empty")
        for i, st in enumerate(doc.get(part) or []):
            p = f"{part}[{i}]"
            if set(st) - STATEMENT_KEYS: fail(f, f"{p} unknown fields {set(st)-STATEMENT_KEYS}")
            for k in ("outcome","timeframe","comparator","statement","certainty","confidence"):
                if not st.get(k): fail(f, f"{p}.{k} missing")
            if st.get("certainty") not in CERTAINTY: fail(f, f"{p}.certainty")
            if st.get("confidence") not in CONFIDENCE: fail(f, f"{p}.confidence")
            refs(f, p, st, ids)
            nf = st.get("naturalFrequency")
            if nf:
                if set(nf) - {"treatment","comparison","event"} or "treatment" not in nf or not nf.get("event"): fail(f, f"{p}.naturalFrequency fields")
            md = st.get("meanDifference")
            if md and set(md) != {"value","lower","upper","unit","minimalImportantDifference"}: fail(f, f"{p}.meanDifference needs value, lower, upper, unit, minimalImportantDifference")
    for i, c in enumerate(doc.get("claims") or []):
        p = f"claims[{i}]"
        for k in ("statement","madeBy","design","assessment"):
            if not c.get(k): fail(f, f"{p}.{k} missing")
        refs(f, p, c, ids)
        if "figure" in c and not c.get("outcome"): fail(f, f"{p}.outcome required with figure")
    for i, c in enumerate(doc.get("cautions") or []):
        p = f"cautions[{i}]"
        if c.get("suitability") not in {"caution","not-advised"}: fail(f, f"{p}.suitability")
        if not c.get("reason") or not c.get("id") or not c.get("when"): fail(f, f"{p} needs id, when, reason")
        if set(c.get("when") or {}) - {"healthFactors","triedOptions","regions","triageFindings"}: fail(f, f"{p}.when unknown keys")
        refs(f, p, c, ids)

def check_condition(f, doc):
    ids = check_sources(f, doc)
    for i, s in enumerate(doc.get("sections") or []):
        for j, fact in enumerate(s.get("facts") or []):
            refs(f, f"sections[{i}].facts[{j}]", fact, ids)
            if fact.get("confidence") not in CONFIDENCE: fail(f, f"sections[{i}].facts[{j}].confidence")

bad = False
for f in sys.argv[1:]:
    doc = yaml.safe_load(open(f))
    (check_condition if f.endswith("condition.yaml") else check_option)(f, doc)
    if not bad: print(f"{f}: ok")
sys.exit(1 if bad else 0)
