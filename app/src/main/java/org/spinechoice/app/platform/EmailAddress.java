package org.spinechoice.app.platform;

import java.util.regex.Pattern;

/**
 * The one check of an email address's shape, for staff accounts and patients alike. It catches slips, not
 * undeliverable addresses: only sending mail proves an address.
 */
public final class EmailAddress {

    /** The longest address: 64 characters before the @ and 255 after it (RFC 5321), the size of its columns. */
    public static final int MAX_LENGTH = 320;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {}

    /** Whether {@code text} looks like {@code name@example.org} and fits the column. */
    public static boolean looksValid(String text) {
        return text != null
                && text.length() <= MAX_LENGTH
                && SHAPE.matcher(text).matches();
    }
}
