package nl.vidcat.cli;

import picocli.CommandLine.Option;

/** {@code -j/--jobs} of the commands that read records in parallel (validate, check); {@code --threads} was its name. */
final class WorkerJobs {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = Jobs.class,
            description = "Records to read at once (default: one per core).")
    private Integer jobs;

    @Option(names = "--threads", paramLabel = "N", converter = Jobs.class, hidden = true,
            description = "Deprecated: the old name of --jobs.")
    void setThreads(Integer n) {
        jobs = n;
    }

    int jobs() {
        return jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    }
}
