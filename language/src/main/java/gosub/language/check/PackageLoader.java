package gosub.language.check;

/** Finds and checks an imported package by path; null when gosub does not provide it. */
public interface PackageLoader {
    GoPackage load(String path);
}
