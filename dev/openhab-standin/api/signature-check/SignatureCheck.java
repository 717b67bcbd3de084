/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;

/**
 * Compares the declarations of the openHAB core stand-in with the declarations of openhab-core at a tag.
 *
 * <p>
 * Both sides are only <em>parsed</em> (javac's tree API, no attribution, nothing compiled or built): every type,
 * and every public or protected constructor, method, field, enum constant and annotation element, is rendered
 * as one normalised line (modifiers, nullness annotations, type parameters, types with imported names resolved
 * to fully qualified names, parameter types, varargs, throws). Every line of the stand-in must occur verbatim
 * in openhab-core; lines of openhab-core that the stand-in leaves out are only counted, as the stand-in is a
 * subset on purpose. The openhab-core side is read with {@code git show} from a local mirror.
 *
 * <p>
 * Usage: {@code java SignatureCheck.java <git-dir> <tag> <stand-in src/main/java>} (check all),
 * {@code java SignatureCheck.java <git-dir> <tag> --show <fully.qualified.Type>} (print openhab-core's lines), or
 * {@code java SignatureCheck.java --self-test} (show that the comparison notices mismatches).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
public class SignatureCheck {

    /**
     * Constants that openhab-core uses as annotation defaults but defines in classes the stand-in leaves out; their
     * values, read in the tag: {@code AnnotationActionHandler.MODULE_RESULT = "result"}.
     */
    private static final Map<String, String> KNOWN_CONSTANTS = Map.of("MODULE_RESULT", "\"result\"");

    private static final Set<String> CONSTANT_TYPES = Set.of("String", "int", "long", "short", "byte", "char",
            "boolean", "float", "double");

    private static final Set<String> KEPT_ANNOTATIONS = Set.of("Nullable", "NonNull", "NonNullByDefault");

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && "--self-test".equals(args[0])) {
            System.exit(selfTest());
        }
        if (args.length < 3) {
            System.err.println("usage: SignatureCheck <git-dir> <tag> <stand-in src/main/java> | --show <type>");
            System.exit(2);
        }
        String gitDir = args[0];
        String tag = args[1];
        Map<String, String> upstreamPaths = upstreamSourcePaths(gitDir, tag);
        if ("--show".equals(args[2])) {
            String path = upstreamPaths.get(args[3]);
            if (path == null) {
                throw new IllegalArgumentException("not found: " + args[3]);
            }
            render(args[3], git(gitDir, "show", tag + ":" + path)).forEach(System.out::println);
            return;
        }
        Path root = Path.of(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java")).sorted()
                    .collect(Collectors.toList());
        }
        int problems = 0;
        int checked = 0;
        for (Path file : files) {
            String type = root.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
            String path = upstreamPaths.get(type);
            if (path == null) {
                System.out.println("MISSING UPSTREAM  " + type + " (no such source in " + tag + ")");
                problems++;
                continue;
            }
            List<String> mine = render(type, Files.readString(file));
            Set<String> theirs = new LinkedHashSet<>(render(type, git(gitDir, "show", tag + ":" + path)));
            int omitted = 0;
            for (String line : mine) {
                checked++;
                if (!theirs.contains(line)) {
                    System.out.println("MISMATCH  " + line);
                    problems++;
                }
            }
            for (String line : theirs) {
                if (!mine.contains(line)) {
                    omitted++;
                }
            }
            System.out.printf("ok-checked %-75s %3d declarations, %3d upstream ones left out   (%s)%n", type,
                    mine.size(), omitted, path);
        }
        System.out.println(checked + " declarations checked, " + problems + " problem(s)");
        System.exit(problems == 0 ? 0 : 1);
    }

    /**
     * Shows that the comparison notices what would break linking: each variant of a small type must differ from
     * the original in exactly the expected lines, and the original must equal itself.
     */
    static int selfTest() throws IOException {
        String original = "package p; import java.util.List; import org.eclipse.jdt.annotation.NonNullByDefault;"
                + " import org.eclipse.jdt.annotation.Nullable; @NonNullByDefault public class A {"
                + " protected void m(String s) {} public List<String> l() { return List.of(); }"
                + " public static final int C = 1; }";
        Map<String, Integer> variants = new TreeMap<>();
        variants.put(original, 0);
        variants.put(original.replace("protected void m", "public void m"), 1);
        variants.put(original.replace("m(String s)", "m(@Nullable String s)"), 1);
        variants.put(original.replace("import java.util.List;", "import java.awt.List;"), 1);
        variants.put(original.replace("public class A", "public abstract class A"), 1);
        variants.put(original.replace("public static final int C", "public final int C"), 1);
        variants.put(original.replace("public List<String> l()", "public List<Object> l()"), 1);
        variants.put(original.replace("@NonNullByDefault public", "public"), 1);
        variants.put(original.replace("int C = 1", "int C = 2"), 1);
        List<String> reference = render("p.A", original);
        int failures = 0;
        for (Map.Entry<String, Integer> variant : variants.entrySet()) {
            List<String> lines = render("p.A", variant.getKey());
            long differing = lines.stream().filter(line -> !reference.contains(line)).count();
            if (differing != variant.getValue()) {
                System.out.println("SELF-TEST FAILED: " + differing + " differing lines for: " + variant.getKey());
                failures++;
            }
        }
        System.out.println("self-test: " + variants.size() + " variants, " + failures + " failure(s)");
        return failures == 0 ? 0 : 1;
    }

    /** Maps fully qualified top-level type names to their source paths in the tag. */
    private static Map<String, String> upstreamSourcePaths(String gitDir, String tag) throws IOException {
        Map<String, String> paths = new HashMap<>();
        for (String line : git(gitDir, "ls-tree", "-r", "--name-only", tag).split("\n")) {
            int index = line.indexOf("/src/main/java/");
            if (line.startsWith("bundles/") && index > 0 && line.endsWith(".java")) {
                String type = line.substring(index + "/src/main/java/".length()).replace('/', '.')
                        .replaceAll("\\.java$", "");
                paths.putIfAbsent(type, line);
            }
        }
        return paths;
    }

    private static String git(String gitDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", gitDir));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            process.waitFor();
            if (process.exitValue() != 0) {
                throw new IOException("git failed: " + command + ": " + out);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Parses one compilation unit and renders its API as normalised lines. */
    static List<String> render(String typeName, String source) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + typeName.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, d -> {
        }, List.of("-proc:none"), null, List.of(file));
        List<String> lines = new ArrayList<>();
        for (CompilationUnitTree unit : task.parse()) {
            Map<String, String> imports = new TreeMap<>();
            for (ImportTree imp : unit.getImports()) {
                if (!imp.isStatic()) {
                    String name = imp.getQualifiedIdentifier().toString();
                    if (!name.endsWith("*")) {
                        imports.put(name.substring(name.lastIndexOf('.') + 1), name);
                    }
                }
            }
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            for (Tree tree : unit.getTypeDecls()) {
                if (tree instanceof ClassTree classTree) {
                    renderClass(pkg + ".", classTree, false, imports, lines);
                }
            }
        }
        return lines;
    }

    private static void renderClass(String prefix, ClassTree type, boolean inInterface, Map<String, String> imports,
            List<String> out) {
        String name = prefix + type.getSimpleName();
        Set<Modifier> flags = type.getModifiers().getFlags();
        boolean isInterface = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
        if (!inInterface && !flags.contains(Modifier.PUBLIC) && !flags.contains(Modifier.PROTECTED)) {
            return;
        }
        StringBuilder line = new StringBuilder("type ").append(name).append(' ');
        line.append(annotations(type.getModifiers(), imports));
        if (type.getKind() == Tree.Kind.ANNOTATION_TYPE) {
            line.append(metaAnnotations(type.getModifiers()));
        }
        line.append(modifiers(flags, inInterface ? Set.of(Modifier.PUBLIC, Modifier.STATIC) : Set.of()));
        line.append(type.getKind().toString().toLowerCase()).append(typeParameters(type.getTypeParameters(), imports));
        if (type.getExtendsClause() != null) {
            line.append(" extends ").append(resolve(type.getExtendsClause().toString(), imports));
        }
        if (!type.getImplementsClause().isEmpty()) {
            line.append(isInterface ? " extends " : " implements ").append(type.getImplementsClause().stream()
                    .map(t -> resolve(t.toString(), imports)).collect(Collectors.joining(", ")));
        }
        out.add(line.toString());
        for (Tree member : type.getMembers()) {
            if (member instanceof ClassTree nested) {
                renderClass(name + "$", nested, isInterface, imports, out);
            } else if (member instanceof MethodTree method) {
                renderMethod(name, type, method, isInterface, imports, out);
            } else if (member instanceof VariableTree field) {
                renderField(name, type, field, isInterface, imports, out);
            }
        }
    }

    private static void renderMethod(String owner, ClassTree type, MethodTree method, boolean isInterface,
            Map<String, String> imports, List<String> out) {
        Set<Modifier> flags = method.getModifiers().getFlags();
        boolean visible = isInterface ? !flags.contains(Modifier.PRIVATE)
                : flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
        if (!visible) {
            return;
        }
        Set<Modifier> implicit = new LinkedHashSet<>();
        if (isInterface) {
            implicit.add(Modifier.PUBLIC);
            implicit.add(Modifier.ABSTRACT);
        }
        StringBuilder line = new StringBuilder(method.getReturnType() == null ? "ctor   " : "method ");
        line.append(owner).append(' ');
        line.append(annotations(method.getModifiers(), imports)).append(modifiers(flags, implicit));
        if (!method.getTypeParameters().isEmpty()) {
            line.append(typeParameters(method.getTypeParameters(), imports)).append(' ');
        }
        if (method.getReturnType() != null) {
            line.append(resolve(method.getReturnType().toString(), imports)).append(' ')
                    .append(method.getName());
        } else {
            line.append(type.getSimpleName());
        }
        line.append('(').append(method.getParameters().stream().map(p -> annotations(p.getModifiers(), imports)
                + resolve(p.getType().toString(), imports)).collect(Collectors.joining(", "))).append(')');
        if (!method.getThrows().isEmpty()) {
            line.append(" throws ").append(method.getThrows().stream().map(t -> resolve(t.toString(), imports))
                    .collect(Collectors.joining(", ")));
        }
        if (method.getDefaultValue() != null) {
            String value = method.getDefaultValue().toString();
            line.append(" default ").append(KNOWN_CONSTANTS.getOrDefault(value, value));
        }
        out.add(line.toString());
    }

    private static void renderField(String owner, ClassTree type, VariableTree field, boolean isInterface,
            Map<String, String> imports, List<String> out) {
        Set<Modifier> flags = field.getModifiers().getFlags();
        boolean enumConstant = type.getKind() == Tree.Kind.ENUM && field.getType() != null
                && field.getType().toString().equals(type.getSimpleName().toString()) && flags.isEmpty()
                && field.getInitializer() != null && field.getInitializer().getKind() == Tree.Kind.NEW_CLASS;
        if (enumConstant || (type.getKind() == Tree.Kind.ENUM && flags.contains(Modifier.PUBLIC)
                && flags.contains(Modifier.STATIC) && flags.contains(Modifier.FINAL)
                && field.getType().toString().equals(type.getSimpleName().toString()))) {
            out.add("enum   " + owner + " " + field.getName());
            return;
        }
        boolean visible = isInterface || flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
        if (!visible) {
            return;
        }
        Set<Modifier> implicit = isInterface ? Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL) : Set.of();
        String fieldType = field.getType().toString();
        boolean constant = (isInterface || flags.contains(Modifier.STATIC) && flags.contains(Modifier.FINAL))
                && CONSTANT_TYPES.contains(fieldType) && field.getInitializer() != null;
        // compile-time constants are copied into the code that uses them, so their values must match too
        String value = constant ? " = " + field.getInitializer() : "";
        out.add("field  " + owner + " " + annotations(field.getModifiers(), imports) + modifiers(flags, implicit)
                + resolve(fieldType, imports) + " " + field.getName() + value);
    }

    /** Nullness annotations only: the others (Override, Deprecated, DS annotations) do not form the signature. */
    private static String annotations(ModifiersTree modifiers, Map<String, String> imports) {
        StringBuilder text = new StringBuilder();
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            String simple = annotation.getAnnotationType().toString();
            simple = simple.substring(simple.lastIndexOf('.') + 1);
            if (KEPT_ANNOTATIONS.contains(simple)) {
                // arguments matter: @NonNullByDefault({}) or ({ PARAMETER, ... }) change the defaults
                String arguments = annotation.getArguments().stream().map(Object::toString)
                        .map(a -> a.replaceAll("\\bDefaultLocation\\.", "")).collect(Collectors.joining(", "));
                text.append('@').append(simple).append(arguments.isEmpty() ? "" : "(" + arguments + ")").append(' ');
            }
        }
        return text.toString();
    }

    /** Where an annotation may be used, how long it is kept and its container, without the enum prefixes. */
    private static String metaAnnotations(ModifiersTree modifiers) {
        List<String> found = new ArrayList<>();
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            String simple = annotation.getAnnotationType().toString();
            if (Set.of("Target", "Retention", "Repeatable").contains(simple)) {
                String arguments = annotation.getArguments().stream().map(Object::toString)
                        .map(a -> a.replaceAll("\\b(ElementType|RetentionPolicy)\\.", ""))
                        .collect(Collectors.joining(", "));
                found.add('@' + simple + '(' + arguments + ") ");
            }
        }
        return found.stream().sorted().collect(Collectors.joining());
    }

    private static String modifiers(Set<Modifier> flags, Set<Modifier> implicit) {
        Set<Modifier> all = new LinkedHashSet<>(implicit);
        all.addAll(flags);
        if (all.contains(Modifier.DEFAULT) || all.contains(Modifier.STATIC) && implicit.contains(Modifier.ABSTRACT)) {
            all.remove(Modifier.ABSTRACT);
        }
        all.remove(Modifier.SYNCHRONIZED);
        all.remove(Modifier.NATIVE);
        all.remove(Modifier.STRICTFP);
        all.remove(Modifier.TRANSIENT);
        all.remove(Modifier.VOLATILE);
        return all.stream().sorted().map(m -> m.toString() + " ").collect(Collectors.joining());
    }

    private static String typeParameters(List<? extends TypeParameterTree> parameters, Map<String, String> imports) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.stream().map(p -> resolve(p.toString(), imports))
                .collect(Collectors.joining(", ", "<", ">"));
    }

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w@])([A-Z]\\w*)");

    /** Replaces simple type names that the file imports by their qualified names; strips fully qualified '@'. */
    private static String resolve(String text, Map<String, String> imports) {
        String plain = text.replaceAll("@org\\.eclipse\\.jdt\\.annotation\\.", "@");
        Matcher matcher = IDENTIFIER.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(imports.getOrDefault(matcher.group(1),
                    matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll("\\s+", " ");
    }
}
