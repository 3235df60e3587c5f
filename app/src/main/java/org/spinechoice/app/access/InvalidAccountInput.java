package org.spinechoice.app.access;

/** Input to an account operation that was refused; nothing was saved. Names the field and says what was expected. */
public final class InvalidAccountInput extends RuntimeException {

    private final String field;

    public InvalidAccountInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
