# Sourced by bench/build.sh, bench/hugo.sh and bench/versus.sh: the repository root as working folder, the Release
# builds, the machine line, and the corpus of N products (written once, by the Benchmarks project's corpus mode).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build -c Release tests/OcopShowcase.Benchmarks -v quiet -nologo >/dev/null
dotnet build -c Release generator -v quiet -nologo >/dev/null
ocop="dotnet generator/bin/Release/net10.0/ocop.dll"
machine() { echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)$*"; }
corpus_of() { # N: prints the corpus folder, writing it first if missing
  local dir="/tmp/ocop-corpus-$1"
  [ -d "$dir" ] || dotnet tests/OcopShowcase.Benchmarks/bin/Release/net10.0/OcopShowcase.Benchmarks.dll corpus --products "$1" --out "$dir" >/dev/null
  echo "$dir"
}
