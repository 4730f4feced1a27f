import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest methods of a JFR recording, from its jdk.ExecutionSample events (JDK 17's jfr tool
 * has no "view hot-methods"; JDK 21's has). Run with the source launcher: see bench/hot-methods.
 *
 * <pre>
 * bench/hot-methods FILE.jfr [--top N] [--total] [--from EPOCH_MS] [--to EPOCH_MS] [--filter TEXT]
 * </pre>
 *
 * By default a sample counts for its top frame (where the CPU was: "self" time). With --total it
 * counts once for every method on its stack (time spent in a method and what it called), which
 * shows the API's own code above the framework's. --from/--to keep the samples of a time window
 * (bench/run prints the window of its measured rounds); --filter keeps frames whose class and
 * method contain TEXT (e.g. eu.twinning).
 */
public class HotMethods {

    public static void main(String[] args) throws Exception {
        Path file = null;
        int top = 30;
        boolean total = false;
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        String filter = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--total" -> total = true;
                case "--from" -> from = Long.parseLong(args[++i]);
                case "--to" -> to = Long.parseLong(args[++i]);
                case "--filter" -> filter = args[++i];
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    if (file != null || args[i].startsWith("--")) {
                        usage();
                        System.exit(2);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            usage();
            System.exit(2);
        }
        Map<String, Long> counts = new HashMap<>();
        long samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                long at = event.getStartTime().toEpochMilli();
                if (at < from || at > to) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (total) {
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame frame : frames) {
                        String name = name(frame);
                        if (matches(name, filter) && seen.add(name)) {
                            counts.merge(name, 1L, Long::sum);
                        }
                    }
                } else if (!frames.isEmpty()) {
                    String name = name(frames.get(0));
                    if (matches(name, filter)) {
                        counts.merge(name, 1L, Long::sum);
                    }
                }
            }
        }
        System.out.printf("%d execution samples%s in %s%s%n", samples,
                from == Long.MIN_VALUE && to == Long.MAX_VALUE ? ""
                        : " between " + Instant.ofEpochMilli(Math.max(from, 0)) + " and "
                                + (to == Long.MAX_VALUE ? "the end" : Instant.ofEpochMilli(to)),
                file, total ? " (a method counts once per stack it is on)" : " (top frame of each)");
        if (samples == 0) {
            return;
        }
        final long all = samples;
        System.out.printf("%8s %6s  %s%n", "samples", "%", total ? "method (and what it called)" : "method (self)");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%8d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / all, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    private static boolean matches(String name, String filter) {
        return filter == null || name.contains(filter);
    }

    private static void usage() {
        System.err.println("usage: bench/hot-methods FILE.jfr [--top N] [--total] [--from EPOCH_MS] [--to EPOCH_MS] [--filter TEXT]");
    }
}
