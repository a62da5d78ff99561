#!/usr/bin/env bash
# cmake_versions.sh SOURCE_DIR: CMakePresets.json's cmakeMinimumRequired and
# CMakeLists.txt's cmake_minimum_required name the same CMake, and the
# presets' schema version is one that CMake reads (schema 3 needs 3.21).
set -euo pipefail
src=$1
lists=$(sed -n 's/^cmake_minimum_required(VERSION \([0-9.]*\)).*/\1/p' "$src/CMakeLists.txt")
presets=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["cmakeMinimumRequired"]; print("%d.%d" % (m["major"], m["minor"]))' "$src/CMakePresets.json" 2>/dev/null ||
          tr -d ' \n' < "$src/CMakePresets.json" | sed -n 's/.*"cmakeMinimumRequired":{"major":\([0-9]*\),"minor":\([0-9]*\).*/\1.\2/p')
schema=$(tr -d ' \n' < "$src/CMakePresets.json" | sed -n 's/^{"version":\([0-9]*\).*/\1/p')
echo "CMakeLists.txt: $lists, CMakePresets.json: $presets (schema $schema)"
[ "$lists" = "$presets" ] || { echo "the two minimum CMake versions differ" >&2; exit 1; }
case "$schema" in
  2) need=3.20 ;; 3) need=3.21 ;; 4) need=3.23 ;; 5) need=3.24 ;; 6) need=3.25 ;; *) need=99 ;;
esac
[ "$(printf '%s\n%s\n' "$need" "$lists" | sort -V | head -1)" = "$need" ] ||
  { echo "presets schema $schema needs CMake $need, but the minimum is $lists" >&2; exit 1; }
