package org.spinechoice.app.clinic.form;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.spinechoice.app.access.UserAccount;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/** The choices the forms offer, each value an id of the vocabulary its reader accepts. */
final class Choices {

    private Choices() {}

    /** Every value of a vocabulary, in its order, with the words of {@code prefix + id}. */
    static <E extends Enum<E> & Coded> List<SelectOption> of(Class<E> type, Messages messages, String prefix) {
        return of(Arrays.asList(type.getEnumConstants()), messages, prefix);
    }

    /** Some values of a vocabulary, with the words of {@code prefix + id}. */
    static <E extends Coded> List<SelectOption> of(List<E> values, Messages messages, String prefix) {
        return values.stream()
                .map(value -> new SelectOption(value.id(), messages.get(prefix + value.id())))
                .toList();
    }

    /** The evidence base's treatment options, by the names their files give them. */
    static List<SelectOption> options(Function<OptionId, String> optionNames) {
        return Arrays.stream(OptionId.values())
                .map(option -> new SelectOption(option.id(), optionNames.apply(option)))
                .toList();
    }

    /** The clinic's staff, by email: a clinician a course or an injection may name. */
    static List<SelectOption> staff(List<UserAccount> users) {
        return users.stream()
                .map(user -> new SelectOption(user.id(), user.email()))
                .toList();
    }
}
