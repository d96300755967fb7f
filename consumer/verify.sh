#!/usr/bin/env bash
# Builds consumer/ as a user would: against the artifacts installed from this checkout into a throw-away local
# repository (third-party artifacts are taken from the usual local repository, read through links), with the README's
# own snippets put into it: the module descriptor, the constrained form and the test class. Then runs its program on
# the module path. Run from anywhere, after nothing else: it installs what it needs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
main_repo=${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}
repo=$work/repository
mkdir -p "$repo/io/github"
# Everything but io.github.tsunagari from the usual local repository.
for d in "$main_repo"/*; do
  [ "$(basename "$d")" = io ] || ln -s "$d" "$repo/"
done
for d in "$main_repo"/io/*; do
  [ "$(basename "$d")" = github ] || ln -s "$d" "$repo/io/"
done
for d in "$main_repo"/io/github/*; do
  [ "$(basename "$d")" = tsunagari ] || ln -s "$d" "$repo/io/github/"
done
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/bom/pom.xml" | head -1)

echo "== consumer: installing tsunagari $version into a throw-away repository" >&2
(cd "$root" && mvn -B -q -Dmaven.repo.local="$repo" -DskipTests -Dmaven.javadoc.skip=true install \
  -pl bom,core,jackson-module,testkit -am)

echo "== consumer: the README's snippets into a copy of consumer/" >&2
cp -r "$root/consumer" "$work/consumer"
java "$root/consumer/ReadmeSnippets.java" "$root/README.md" "$work/consumer"

echo "== consumer: build and tests" >&2
(cd "$work/consumer" && mvn -B -q -Dmaven.repo.local="$repo" -Dtsunagari.version="$version" \
  -DargLine="-Dtsunagari.version=$version" verify)
# The README's properties ran: jqwik came with the testkit.
report=$work/consumer/target/surefire-reports/TEST-com.example.grants.MyServiceTest.xml
tests=$(grep -o '<testcase ' "$report" | wc -l)
[ "$tests" -eq 2 ] || { echo "consumer: the README's 2 properties should have run, $tests did" >&2; exit 1; }

echo "== consumer: the program on the module path" >&2
(cd "$work/consumer" && mvn -B -q -Dmaven.repo.local="$repo" -Dtsunagari.version="$version" \
  dependency:build-classpath -Dmdep.outputFile=module-path.txt -Dmdep.includeScope=runtime)
java --module-path "$work/consumer/target/classes:$(cat "$work/consumer/module-path.txt")" \
  --add-modules jakarta.el,org.glassfish.expressly -Dtsunagari.version="$version" -m com.example.grants/com.example.grants.Main
