package com.lstmexplorer.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The app started as a separate process by a command (a Maven goal or {@code java -jar}), its output read
 * line by line (and copied to a log file), and stopped with every process it started: closing kills the
 * whole tree, and so does the JVM's exit if the caller never got to close it.
 */
public final class AppProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread killOnExit;
    private boolean ended;

    private AppProcess(Process process, Path log) throws IOException {
        this.process = process;
        this.killOnExit = new Thread(this::killTree, "kill " + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
        PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        Thread reader = new Thread(() -> read(copy), "output of " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} in {@code directory}, standard error merged into standard output. */
    public static AppProcess start(Path directory, List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        return new AppProcess(process, log);
    }

    private void read(PrintWriter copy) {
        try (copy; BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                copy.println(line);
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed while we were reading: its output ends here
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** The first output line that matches, waiting for it; empty if the output ends or time runs out first. */
    public Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        return awaitLines(wanted, 1, timeout).stream().findFirst();
    }

    /** The output lines that match, once there are {@code count} of them or the output ends or time runs out. */
    public synchronized List<String> awaitLines(Predicate<String> wanted, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> found = lines(wanted);
            long left = deadline - System.nanoTime();
            if (found.size() >= count || ended || left <= 0) {
                return found;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Every line so far that matches. */
    public synchronized List<String> lines(Predicate<String> wanted) {
        return lines.stream().filter(wanted).toList();
    }

    /** The last {@code count} lines of output, for a failure message. */
    public synchronized String tail(int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /**
     * The command line of the process (this one or one it started) whose arguments contain {@code marker},
     * e.g. the JVM that Maven forked to run the app; empty if there is none or the system does not say
     * (it does on Linux).
     */
    public Optional<List<String>> commandLineWith(String marker) {
        return processWith(arguments -> arguments.stream().anyMatch(a -> a.contains(marker))).map(AppProcess::arguments);
    }

    /** The process (this one or one it started) whose command line, as a list of words, matches. */
    public Optional<ProcessHandle> processWith(Predicate<List<String>> commandLine) {
        return ProcessHandle.of(process.pid()).stream()
                .flatMap(self -> Stream.concat(Stream.of(self), self.descendants()))
                .filter(p -> commandLine.test(arguments(p)))
                .findFirst();
    }

    /**
     * Linux's /proc first: {@code ProcessHandle.Info.arguments()} is empty for a command line as long as
     * Maven's forked JVM's (its whole class path).
     */
    private static List<String> arguments(ProcessHandle process) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | UnsupportedOperationException e) {
            return process.info().arguments().map(List::of).orElse(List.of());
        }
    }

    /** Kills the process and everything it started. */
    @Override
    public void close() {
        killTree();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook is running or has run
        }
    }

    /** Children first (once the parent is gone they are no longer its descendants), politely, then by force. */
    private void killTree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }
}
