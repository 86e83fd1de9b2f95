package nl.vidcat.validate;

/** A group of related rules over one record or sheet row. Implementations are stateless and thread-safe. */
interface Check {

    void check(Subject s, Findings out);
}
