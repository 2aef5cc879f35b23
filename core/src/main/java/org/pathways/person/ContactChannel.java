package org.pathways.person;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** A way of reaching the person. Which ones are safe is the person's to say. */
public enum ContactChannel implements Coded {
    /** A voice call. Code {@code phone_call}. */
    PHONE_CALL("phone_call"),
    /** A text message. Code {@code text_message}. */
    TEXT_MESSAGE("text_message"),
    /** Email. Code {@code email}. */
    EMAIL("email"),
    /** A message through a social media or messaging app. Code {@code app_message}. */
    APP_MESSAGE("app_message"),
    /** In person, at a place the person chose. Code {@code in_person}. */
    IN_PERSON("in_person"),
    /** Only through the dedicated case worker. Code {@code through_case_worker}. */
    THROUGH_CASE_WORKER("through_case_worker"),
    /** A letter by post. Code {@code mail}. */
    MAIL("mail");

    private final String code;

    ContactChannel(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the channel with the given wire code.
     *
     * @param code the code, such as {@code text_message}
     * @return the channel
     * @throws org.pathways.UnknownCodeException if no channel has that code
     */
    public static ContactChannel fromCode(String code) {
        return Codes.fromCode(ContactChannel.class, code);
    }
}
