# Sourced by bench/build.sh, bench/hugo.sh and bench/versus.sh: the repository root as working folder, the Release
# builds, the machine line, and the corpus of N products (written once, by the Benchmarks project's corpus mode).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build -c Release tests/OcopShowcase.Benchmarks -v quiet -nologo >/dev/null
dotnet build -c Release generator -v quiet -nologo >/dev/null
# The native image of this code (README, "Faster builds"): `dotnet ocop.dll` runs it in place of itself, as `dotnet run`
# does once it is made. OCOP_NATIVE=0 in the environment measures the JIT-compiled generator instead.
if [ "${OCOP_NATIVE:-1}" != 0 ]; then dotnet publish generator -p:OcopNative=true -v quiet -nologo >/dev/null; fi
ocop="dotnet generator/bin/Release/net10.0/ocop.dll"
machine() { echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)$*"; }
corpus_of() { # N: prints the corpus folder, writing it first if missing
  local dir="/tmp/ocop-corpus-$1"
  [ -d "$dir" ] || dotnet tests/OcopShowcase.Benchmarks/bin/Release/net10.0/OcopShowcase.Benchmarks.dll corpus --products "$1" --out "$dir" >/dev/null
  echo "$dir"
}
# ext4 skips inodes freed in the last minute (five, while their table blocks are unwritten) when it allocates new ones,
# and scanning past them is paid by whoever creates files next: a kernel profile of a 5,000-product build right after a
# deletion spent half its system time in recently_deleted and find_inode_bit, and the next script's first sizes ran up
# to twice as slow. After deleting outputs, the deletions are written out and the next timing waits.
settle() { sync; sleep 70; }
