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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
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
            System.err.println("usage: SignatureCheck <git-dir> <tag> <stand-in src/main/java> [class dir...]"
                    + " | --show <type>");
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
        if (args.length > 3) {
            List<Path> classDirs = Stream.of(args).skip(3).map(Path::of).toList();
            problems += new UsesCheck(gitDir, tag, upstreamPaths, root).run(classDirs);
        }
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
        failures += UsesCheck.selfTest();
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
        List<String> lines = new ArrayList<>();
        for (CompilationUnitTree unit : parse(typeName, source)) {
            Map<String, String> imports = imports(unit);
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            for (Tree tree : unit.getTypeDecls()) {
                if (tree instanceof ClassTree classTree) {
                    renderClass(pkg + ".", classTree, false, imports, lines);
                }
            }
        }
        return lines;
    }

    /** Parses one compilation unit with javac's tree API, without attribution. */
    static Iterable<? extends CompilationUnitTree> parse(String typeName, String source) throws IOException {
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
        return task.parse();
    }

    /** Simple names of the single-type imports, mapped to their qualified names. */
    static Map<String, String> imports(CompilationUnitTree unit) {
        Map<String, String> imports = new TreeMap<>();
        for (ImportTree imp : unit.getImports()) {
            String name = imp.getQualifiedIdentifier().toString();
            if (!imp.isStatic() && !name.endsWith("*")) {
                imports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        return imports;
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

    /**
     * The second check: every member of openHAB core that the binding's compiled classes refer to (fields, methods
     * and constructors named in their constant pools, method references included) must be declared by openhab-core
     * at the tag in the same type as in the stand-in, with the same rendered declaration. A member the stand-in
     * declares in another type than openHAB (so leaves out of the type where openHAB has it), one openHAB does not
     * have at all, or one whose declaration differs, is a problem. Members that openHAB and the stand-in both
     * inherit from outside openHAB (the JDK, javax.measure) are looked up by reflection where the JDK has them.
     */
    static final class UsesCheck {

        /** One type as its source declares it: supertypes (binary names) and members by erased key. */
        record TypeModel(String name, List<String> supertypes, Map<String, String> members) {
        }

        private final String gitDir;
        private final String tag;
        private final Map<String, String> upstreamPaths;
        private final Path standInRoot;
        private final Map<String, Map<String, TypeModel>> upstreamFiles = new HashMap<>();
        private final Map<String, Map<String, TypeModel>> standInFiles = new HashMap<>();

        UsesCheck(String gitDir, String tag, Map<String, String> upstreamPaths, Path standInRoot) {
            this.gitDir = gitDir;
            this.tag = tag;
            this.upstreamPaths = upstreamPaths;
            this.standInRoot = standInRoot;
        }

        int run(List<Path> classDirs) throws IOException {
            Map<String, ClassInfo> classes = new HashMap<>();
            for (Path dir : classDirs) {
                if (!Files.isDirectory(dir)) {
                    System.out.println("NOT BUILT  " + dir + " (build the binding first: mvn -B -q verify -pl "
                            + "bundles/org.openhab.binding.ultrastream -am)");
                    return 1;
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        ClassInfo info = readClass(Files.readAllBytes(file));
                        classes.putIfAbsent(info.name(), info);
                    }
                }
            }
            Map<String, Set<String>> uses = new TreeMap<>(); // "owner key" -> using classes
            for (ClassInfo user : classes.values()) {
                for (String reference : user.references()) {
                    String owner = reference.substring(0, reference.indexOf(' '));
                    String key = reference.substring(owner.length() + 1);
                    // of several openHAB supertypes (a class and an interface), the one that has the member
                    List<String> candidates = coreOwners(owner, key, classes, new HashSet<>());
                    String coreOwner = candidates.isEmpty() ? null : candidates.get(0);
                    for (String candidate : candidates) {
                        if (declaringType(candidate, key, false, new HashSet<>()) != null) {
                            coreOwner = candidate;
                            break;
                        }
                    }
                    if (coreOwner != null) {
                        uses.computeIfAbsent(coreOwner + " " + key, r -> new TreeSet<>()).add(user.name());
                    }
                }
            }
            int problems = 0;
            for (Map.Entry<String, Set<String>> use : uses.entrySet()) {
                String owner = use.getKey().substring(0, use.getKey().indexOf(' '));
                String key = use.getKey().substring(owner.length() + 1);
                String where = use.getValue().iterator().next()
                        + (use.getValue().size() > 1 ? " and " + (use.getValue().size() - 1) + " more" : "");
                String upstream = declaringType(owner, key, true, new HashSet<>());
                String standIn = declaringType(owner, key, false, new HashSet<>());
                String problem = null;
                if (upstream == null) {
                    problem = "NOT IN " + tag + "  ";
                } else if (!upstream.equals(standIn)) {
                    problem = "LEFT OUT  (" + tag + " declares it in " + upstream + ", the stand-in "
                            + (standIn == null ? "nowhere" : "in " + standIn) + ")  ";
                } else if (!upstream.startsWith("outside ")) {
                    String theirs = model(upstream, true).members().get(key);
                    String mine = model(standIn, false).members().get(key);
                    if (!theirs.equals(mine)) {
                        problem = "DIFFERS  (" + tag + ": " + theirs + ")  ";
                    }
                }
                if (problem != null) {
                    problems++;
                    System.out.println(problem + owner + " " + key + "   used by " + where);
                } else {
                    System.out.printf("ok-used %s %s  (declared in %s)%n", owner, key, upstream);
                }
            }
            System.out.println(uses.size() + " members of openHAB core used by the binding, " + problems
                    + " problem(s)");
            return problems;
        }

        /**
         * The openHAB core types through which a reference reaches openHAB: the owner itself when it is one; for a
         * binding class that does not declare the member (a call of an inherited {@code updateState}, a read of
         * {@code scheduler}), its nearest openHAB supertypes. References to the JDK or other libraries give none.
         */
        private static List<String> coreOwners(String owner, String key, Map<String, ClassInfo> classes,
                Set<String> seen) {
            if (!seen.add(owner)) {
                return List.of();
            }
            if (owner.startsWith("org.openhab.core.")) {
                return List.of(owner);
            }
            ClassInfo info = classes.get(owner);
            if (info == null || info.declared().contains(key) || key.startsWith("<init>")) {
                return List.of();
            }
            List<String> found = new ArrayList<>();
            for (String supertype : info.supertypes()) {
                found.addAll(coreOwners(supertype, key, classes, seen));
            }
            return found;
        }

        /**
         * The type that declares the member for a reference to it through {@code owner}, searching supertypes as
         * the JVM does; {@code "outside <type>"} when a type outside openHAB (found by reflection) declares it;
         * null when none does.
         */
        private String declaringType(String owner, String key, boolean upstream, Set<String> seen) throws IOException {
            if (!seen.add(owner)) {
                return null;
            }
            TypeModel type = model(owner, upstream);
            if (type == null) {
                return declaredOutside(owner, key) ? "outside " + owner : null;
            }
            if (type.members().containsKey(key)) {
                return owner;
            }
            if (key.startsWith("<init>")) {
                return null; // constructors are not inherited
            }
            for (String supertype : type.supertypes()) {
                String found = declaringType(supertype, key, upstream, seen);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** Whether a type of the JDK (or another library on this class path) declares or inherits the member. */
        private static boolean declaredOutside(String owner, String key) {
            try {
                Class<?> type = Class.forName(owner, false, UsesCheck.class.getClassLoader());
                List<java.lang.reflect.Executable> all = new ArrayList<>(List.of(type.getConstructors()));
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    all.addAll(List.of(c.getDeclaredMethods()));
                }
                all.addAll(List.of(type.getMethods()));
                for (java.lang.reflect.Executable e : all) {
                    String name = e instanceof java.lang.reflect.Constructor ? "<init>" : e.getName();
                    String returns = e instanceof java.lang.reflect.Method m ? simple(m.getReturnType()) : "void";
                    String params = Stream.of(e.getParameterTypes()).map(UsesCheck::simple)
                            .collect(Collectors.joining(","));
                    if (key.equals(name + "(" + params + ")" + returns)) {
                        return true;
                    }
                }
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                        if (key.equals("field " + f.getName() + " " + simple(f.getType()))) {
                            return true;
                        }
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not on this class path: cannot tell
            }
            return false;
        }

        private static String simple(Class<?> type) {
            return type.isArray() ? simple(type.getComponentType()) + "[]" : type.getSimpleName();
        }

        /** The model of a type (binary name), from openhab-core's tag or the stand-in; null if neither has it. */
        private TypeModel model(String binaryName, boolean upstream) throws IOException {
            String topLevel = binaryName.contains("$") ? binaryName.substring(0, binaryName.indexOf('$'))
                    : binaryName;
            Map<String, Map<String, TypeModel>> cache = upstream ? upstreamFiles : standInFiles;
            if (!cache.containsKey(topLevel)) {
                String source = null;
                if (upstream && upstreamPaths.containsKey(topLevel)) {
                    source = git(gitDir, "show", tag + ":" + upstreamPaths.get(topLevel));
                } else if (!upstream) {
                    Path file = standInRoot.resolve(topLevel.replace('.', '/') + ".java");
                    source = Files.isRegularFile(file) ? Files.readString(file) : null;
                }
                cache.put(topLevel, source == null ? Map.of() : models(topLevel, source, this::isKnownType));
            }
            return cache.get(topLevel).get(binaryName);
        }

        private boolean isKnownType(String qualifiedName) {
            return upstreamPaths.containsKey(qualifiedName)
                    || Files.isRegularFile(standInRoot.resolve(qualifiedName.replace('.', '/') + ".java"));
        }

        /** Parses one compilation unit into models of its public and protected types, nested ones included. */
        static Map<String, TypeModel> models(String typeName, String source,
                java.util.function.Predicate<String> knownType) throws IOException {
            Map<String, TypeModel> models = new LinkedHashMap<>();
            for (CompilationUnitTree unit : parse(typeName, source)) {
                Map<String, String> imports = imports(unit);
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                for (Tree tree : unit.getTypeDecls()) {
                    if (tree instanceof ClassTree classTree) {
                        model(pkg, pkg + "." + classTree.getSimpleName(), classTree, false, Map.of(), imports,
                                knownType, models);
                    }
                }
            }
            return models;
        }

        private static void model(String pkg, String name, ClassTree type, boolean inInterface,
                Map<String, String> outerTypeVariables, Map<String, String> imports,
                java.util.function.Predicate<String> knownType, Map<String, TypeModel> out) {
            boolean isInterface = type.getKind() == Tree.Kind.INTERFACE
                    || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
            Map<String, String> typeVariables = new HashMap<>(outerTypeVariables);
            typeVariables.putAll(erasedTypeVariables(type.getTypeParameters(), typeVariables));
            List<String> supertypes = new ArrayList<>();
            List<Tree> declared = new ArrayList<>();
            if (type.getExtendsClause() != null) {
                declared.add(type.getExtendsClause());
            }
            declared.addAll(type.getImplementsClause());
            for (Tree supertype : declared) {
                String simple = erase(supertype, Map.of());
                String qualified = imports.containsKey(simple) ? imports.get(simple)
                        : knownType.test(pkg + "." + simple) ? pkg + "." + simple : "java.lang." + simple;
                supertypes.add(qualified);
            }
            // what every type inherits implicitly
            supertypes.add(type.getKind() == Tree.Kind.ENUM ? "java.lang.Enum"
                    : type.getKind() == Tree.Kind.RECORD ? "java.lang.Record" : "java.lang.Object");
            Map<String, String> members = new LinkedHashMap<>();
            for (Tree member : type.getMembers()) {
                if (member instanceof ClassTree nested) {
                    model(pkg, name + "$" + nested.getSimpleName(), nested, isInterface, typeVariables, imports,
                            knownType, out);
                } else if (member instanceof MethodTree method) {
                    List<String> rendered = new ArrayList<>();
                    renderMethod(name, type, method, isInterface, imports, rendered);
                    if (!rendered.isEmpty()) {
                        Map<String, String> variables = new HashMap<>(typeVariables);
                        variables.putAll(erasedTypeVariables(method.getTypeParameters(), variables));
                        String params = method.getParameters().stream().map(p -> erase(p.getType(), variables))
                                .collect(Collectors.joining(","));
                        boolean constructor = method.getReturnType() == null;
                        String key = (constructor ? "<init>" : method.getName().toString()) + "(" + params + ")"
                                + (constructor ? "void" : erase(method.getReturnType(), variables));
                        members.put(key, rendered.get(0));
                    }
                } else if (member instanceof VariableTree field) {
                    List<String> rendered = new ArrayList<>();
                    renderField(name, type, field, isInterface, imports, rendered);
                    if (!rendered.isEmpty()) {
                        String fieldType = field.getType() == null ? String.valueOf(type.getSimpleName())
                                : erase(field.getType(), typeVariables);
                        members.put("field " + field.getName() + " " + fieldType, rendered.get(0));
                    }
                }
            }
            boolean hasConstructor = type.getMembers().stream()
                    .anyMatch(m -> m instanceof MethodTree method && method.getReturnType() == null);
            if (type.getKind() == Tree.Kind.CLASS && !hasConstructor) {
                // the default constructor the compiler adds, as visible as its class
                members.put("<init>()void", "ctor   " + name + " "
                        + modifiers(type.getModifiers().getFlags().contains(Modifier.PUBLIC) ? Set.of(Modifier.PUBLIC)
                                : Set.of(), Set.of())
                        + type.getSimpleName() + "()");
            }
            if (type.getKind() == Tree.Kind.ENUM) {
                // the members the compiler adds to every enum
                String self = type.getSimpleName().toString();
                members.put("values()" + self + "[]", "method " + name + " public static " + self + "[] values()");
                members.put("valueOf(String)" + self,
                        "method " + name + " public static " + self + " valueOf(java.lang.String)");
            }
            out.put(name, new TypeModel(name, supertypes, members));
        }

        private static Map<String, String> erasedTypeVariables(List<? extends TypeParameterTree> parameters,
                Map<String, String> outer) {
            Map<String, String> erased = new HashMap<>();
            for (TypeParameterTree parameter : parameters) {
                erased.put(parameter.getName().toString(), parameter.getBounds().isEmpty() ? "Object"
                        : erase(parameter.getBounds().get(0), outer));
            }
            return erased;
        }

        /** The simple name of a type's erasure, as a class file's descriptor names it; arrays end in "[]". */
        static String erase(Tree type, Map<String, String> typeVariables) {
            if (type instanceof PrimitiveTypeTree primitive) {
                return primitive.toString();
            } else if (type instanceof ArrayTypeTree array) {
                return erase(array.getType(), typeVariables) + "[]";
            } else if (type instanceof ParameterizedTypeTree parameterized) {
                return erase(parameterized.getType(), typeVariables);
            } else if (type instanceof AnnotatedTypeTree annotated) {
                return erase(annotated.getUnderlyingType(), typeVariables);
            } else if (type instanceof MemberSelectTree select) {
                return select.getIdentifier().toString();
            } else if (type instanceof IdentifierTree identifier) {
                String name = identifier.getName().toString();
                return typeVariables.getOrDefault(name, name);
            }
            return type.toString();
        }

        /**
         * A compiled class: its binary name, supertypes, the members it declares and the members it refers to, as
         * {@code "owner key"} (fields as {@code field name Type}, methods and constructors as
         * {@code name(Param,...)Return}, with simple names).
         */
        record ClassInfo(String name, List<String> supertypes, Set<String> declared, List<String> references) {
        }

        static ClassInfo readClass(byte[] classFile) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[][] refs = new int[count][];
            int[] tags = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // takes two slots
                    }
                    case 7, 8, 16, 19, 20 -> refs[i] = new int[] { in.readUnsignedShort() };
                    case 9, 10, 11, 12, 17, 18 -> refs[i] = new int[] { in.readUnsignedShort(),
                            in.readUnsignedShort() };
                    case 15 -> {
                        in.readUnsignedByte();
                        refs[i] = new int[] { in.readUnsignedShort() };
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            java.util.function.IntFunction<String> className = index -> utf8[refs[index][0]].replace('/', '.');
            in.readUnsignedShort(); // access flags
            String name = className.apply(in.readUnsignedShort());
            int superIndex = in.readUnsignedShort();
            List<String> supertypes = new ArrayList<>();
            if (superIndex != 0) {
                supertypes.add(className.apply(superIndex));
            }
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                supertypes.add(className.apply(in.readUnsignedShort()));
            }
            Set<String> declared = new HashSet<>();
            for (boolean fields : new boolean[] { true, false }) {
                int members = in.readUnsignedShort();
                for (int i = 0; i < members; i++) {
                    in.readUnsignedShort(); // access flags
                    String memberName = utf8[in.readUnsignedShort()];
                    String descriptor = utf8[in.readUnsignedShort()];
                    declared.add(fields ? "field " + memberName + " " + descriptorTypes(descriptor)
                            : memberName + descriptorTypes(descriptor));
                    int attributes = in.readUnsignedShort();
                    for (int a = 0; a < attributes; a++) {
                        in.readUnsignedShort();
                        in.skipNBytes(in.readInt() & 0xffffffffL);
                    }
                }
            }
            List<String> references = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                    String owner = className.apply(refs[i][0]);
                    int[] nameAndType = refs[refs[i][1]];
                    String memberName = utf8[nameAndType[0]];
                    String descriptor = utf8[nameAndType[1]];
                    references.add(owner + " " + (tags[i] == 9 ? "field " + memberName + " "
                            + descriptorTypes(descriptor) : memberName + descriptorTypes(descriptor)));
                }
            }
            return new ClassInfo(name, supertypes, declared, references);
        }

        /** {@code (Ljava/lang/String;[I)V} becomes {@code (String,int[])void}; a field type one simple name. */
        static String descriptorTypes(String descriptor) {
            StringBuilder out = new StringBuilder();
            List<String> types = new ArrayList<>();
            int i = 0;
            while (i < descriptor.length()) {
                char c = descriptor.charAt(i);
                if (c == '(' || c == ')') {
                    i++;
                    if (c == ')') {
                        out.append('(').append(String.join(",", types)).append(')');
                        types.clear();
                    }
                    continue;
                }
                int dimensions = 0;
                while (descriptor.charAt(i) == '[') {
                    dimensions++;
                    i++;
                }
                String name;
                if (descriptor.charAt(i) == 'L') {
                    int end = descriptor.indexOf(';', i);
                    String binary = descriptor.substring(i + 1, end);
                    name = binary.substring(Math.max(binary.lastIndexOf('/'), binary.lastIndexOf('$')) + 1);
                    i = end + 1;
                } else {
                    name = switch (descriptor.charAt(i)) {
                        case 'B' -> "byte";
                        case 'C' -> "char";
                        case 'D' -> "double";
                        case 'F' -> "float";
                        case 'I' -> "int";
                        case 'J' -> "long";
                        case 'S' -> "short";
                        case 'Z' -> "boolean";
                        default -> "void";
                    };
                    i++;
                }
                types.add(name + "[]".repeat(dimensions));
            }
            return out + String.join(",", types);
        }

        /**
         * The erasure of source types must give the names a class file's descriptor gives, or every reference
         * would look missing (or a wrong one found).
         */
        static int selfTest() throws IOException {
            String source = "package p; import java.util.List; import java.util.Map;"
                    + " public class A<Q extends Comparable<Q>> { public <T> T as(Class<T> c) { return null; }"
                    + " public void m(Map.Entry<String, List<int[]>> e, String... s) {} public A(Q q) {}"
                    + " public static final String F = \"f\"; protected List<String> l; }";
            Map<String, TypeModel> models = models("p.A", source, n -> false);
            Set<String> expected = Set.of("as(Class)Object", "m(Entry,String[])void", "<init>(Comparable)void",
                    "field F String", "field l List");
            Set<String> keys = models.get("p.A").members().keySet();
            int failures = expected.equals(keys) ? 0 : 1;
            List<String> fromDescriptors = List.of(descriptorTypes("(Ljava/lang/Class;)Ljava/lang/Object;"),
                    descriptorTypes("(Ljava/util/Map$Entry;[Ljava/lang/String;)V"), descriptorTypes("[[I"));
            if (!fromDescriptors.equals(List.of("(Class)Object", "(Entry,String[])void", "int[][]"))) {
                failures++;
            }
            if (failures > 0) {
                System.out.println("SELF-TEST FAILED: uses check keys " + keys + ", descriptors " + fromDescriptors);
            }
            System.out.println("self-test (uses): " + failures + " failure(s)");
            return failures;
        }
    }
}
