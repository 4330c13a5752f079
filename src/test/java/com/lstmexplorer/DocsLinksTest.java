package com.lstmexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and every file under {@code docs/} link only to what exists in the repository: every relative
 * Markdown link or image {@code [x](path)}, {@code [x](path#anchor)} or {@code [x](#anchor)} must name a file
 * inside the repository root, and an anchor must match a heading of the target (GitHub's slugs). Links to
 * http(s) are not followed. The README also stays short enough to read in five minutes.
 * <p>Runs from the repository root, Surefire's working directory.
 */
class DocsLinksTest {
    static final int README_MAX_LINES = 250;

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    /** An inline link or image: the target, optionally in angle brackets, optionally followed by a title. */
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition: {@code [label]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*<?([^>\\s]+)>?");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            List<String> lines = proseLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = CODE_SPAN.matcher(lines.get(i)).replaceAll("");
                List<String[]> links = new ArrayList<>();
                Matcher inline = INLINE_LINK.matcher(line);
                while (inline.find()) {
                    links.add(new String[] {inline.group(0), inline.group(2)});
                }
                Matcher reference = REFERENCE.matcher(line);
                if (reference.find()) {
                    links.add(new String[] {reference.group(0), reference.group(2)});
                }
                for (String[] link : links) {
                    String problem = problem(file, link[1]);
                    if (problem != null) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + link[0] + ": " + problem);
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken link(s):\n" + String.join("\n", broken));
    }

    @Test
    void theReadmeIsShort() throws IOException {
        int lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines, at most " + README_MAX_LINES
                + " are allowed: move reference material into docs/");
    }

    @Test
    void slugsFollowGitHub() {
        assertEquals("live-training", slug("Live training"));
        assertEquals("get-apirunsidanalysis-get-apisnapshotsidanalysis",
                slug("`GET /api/runs/{id}/analysis`, `GET /api/snapshots/{id}/analysis`"));
        assertEquals("format-1-byte-by-byte", slug("Format 1, byte by byte"));
        assertEquals("rate_limits-and-more", slug("Rate_limits and *more*"));
        assertEquals("the-explorer", slug("[The explorer](explorer.md)"));
    }

    /** Why {@code target}, linked from {@code file}, does not resolve; null when it does. */
    private String problem(Path file, String target) throws IOException {
        if (target.isEmpty()) {
            return "empty target";
        }
        if (SCHEME.matcher(target).find()) {
            return target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")
                    ? null : "a link with a scheme other than http(s) or mailto";
        }
        int hash = target.indexOf('#');
        String pathPart = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved;
        if (pathPart.isEmpty()) {
            resolved = file;
        } else if (pathPart.startsWith("/")) {
            resolved = ROOT.resolve(pathPart.substring(1)).normalize();
        } else {
            resolved = file.getParent().resolve(pathPart).normalize();
        }
        if (!resolved.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file " + ROOT.relativize(resolved);
        }
        if (anchor == null) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        String wanted = URLDecoder.decode(anchor, StandardCharsets.UTF_8).toLowerCase();
        return anchorsOf(resolved).contains(wanted) ? null
                : "no heading with the anchor #" + anchor + " in " + ROOT.relativize(resolved);
    }

    /** The anchors GitHub gives the headings of a Markdown file (repeated slugs numbered -1, -2, ...). */
    private Set<String> anchorsOf(Path file) throws IOException {
        Set<String> known = anchors.get(file);
        if (known != null) {
            return known;
        }
        known = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = proseLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher anchor = HTML_ANCHOR.matcher(line);
            while (anchor.find()) {
                known.add(anchor.group(1).toLowerCase());
            }
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                heading = atx.group(1);
            } else if (i + 1 < lines.size() && !line.isBlank() && !line.contains("|")
                    && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches()) {
                heading = line.strip();
            }
            if (heading != null) {
                String slug = slug(heading);
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                known.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        anchors.put(file, known);
        return known;
    }

    /** GitHub's heading slug: the heading's text, lowercase, punctuation but '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // a link or image: its text
                .replaceAll("<[^>]+>", "") // inline HTML
                .replace("`", "").replace("*", "");
        return text.strip().toLowerCase().replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
    }

    /** The file's lines with fenced and indented code blocks blanked out (their text is not Markdown). */
    private static List<String> proseLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String fence = null;
        boolean indentedCode = false;
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.stripLeading();
            if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                lines.set(i, "");
            } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, 3);
                lines.set(i, "");
            } else if ((line.startsWith("    ") || line.startsWith("\t"))
                    && (indentedCode || previous.isBlank())) {
                indentedCode = true;
                lines.set(i, "");
            } else {
                indentedCode = indentedCode && line.isBlank();
            }
            previous = line;
        }
        return lines;
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        Path docs = ROOT.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> walk = Files.walk(docs)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
