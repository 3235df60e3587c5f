-- POST /api/triage with the contract's example intake (a routine case, so the whole rule set runs).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"region":"lumbar","age":68,"sex":"female","durationWeeks":30,"course":"stable",
"symptoms":["back-pain","leg-pain","walking-leg-symptoms"],"warningSigns":[],"walkingMinutes":10,
"healthFactors":["diabetes"],"triedOptions":["physical-therapy"],
"preferences":{"avoid-surgery":4,"avoid-needles":1,"quick-relief":2}}]]
