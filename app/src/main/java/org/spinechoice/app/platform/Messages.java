package org.spinechoice.app.platform;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible string of the pages, from {@code messages.properties}. A missing key fails loudly in tests rather
 * than showing a blank. Thread-safe.
 */
public final class Messages {

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages english() {
        return new Messages(ResourceBundle.getBundle("messages", Locale.ROOT));
    }

    /** Returns the text of {@code key}, with {@code arguments} filled in when given. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message for key '" + key + "'", e);
        }
        // Plain {0}-style placeholders, without MessageFormat's quoting rules, so apostrophes stay as written.
        String text = pattern;
        for (int index = 0; index < arguments.length; index++) {
            text = text.replace("{" + index + "}", String.valueOf(arguments[index]));
        }
        return text;
    }

    /** Whether a text exists for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
