package nl.vidcat.validate;

/** The language findings are shown in. Every finding carries both; formats pick one for their main text. */
public enum Lang {
    NL,
    EN;

    public String pick(String dutch, String english) {
        return this == NL ? dutch : english;
    }
}
