#!/usr/bin/env bash
# spritegen_compose_test.sh SPRITEGEN SOURCE_DIR: composition in tools/spritegen
# (part, compose, look, palette base=) makes the same pixels as the sprites it
# stands for, and every mistake in a source is reported at its file and line.
# Each check builds two atlases and compares them byte for byte: one from
# compose/look lines, one from what they are documented to mean.
set -euo pipefail
spritegen=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

same_atlas() { # name, then two source files: their atlases must be identical
    local name=$1 a=$2 b=$3
    mkdir -p "$tmp/$name.a" "$tmp/$name.b"
    "$spritegen" "$tmp/$name.a" "$a" >/dev/null || { fail "$name: $a does not build"; return; }
    "$spritegen" "$tmp/$name.b" "$b" >/dev/null || { fail "$name: $b does not build"; return; }
    cmp -s "$tmp/$name.a/atlas.txt" "$tmp/$name.b/atlas.txt" || fail "$name: atlas.txt differs"
    cmp -s "$tmp/$name.a/atlas.png" "$tmp/$name.b/atlas.png" || fail "$name: atlas.png differs"
}

# 1. Layers, colours=, base=, at=, flip, frame=, frames= and bob=, and a
#    translucent pixel over an opaque one (0x80 black over red is 0x7f red).
cat > "$tmp/compose.txt" <<'EOF'
palette p
  . transparent
  k #000000
  o #ff0000
  z #00000080
end
palette blue base=p
  o #0000ff
end
part blob 3x3 palette=p
kk.
kok
kzk
end
part dot_o 1x1 palette=p
o
end
part dot_z 1x1 palette=p
z
end
compose a 4x4 frames=2 bob=1
  layer blob colours=blue
  layer blob at=1,1 frame=1
end
compose b
  layer blob flip
end
compose c 1x1
  layer dot_o
  layer dot_z
end
EOF
cat > "$tmp/plain.txt" <<'EOF'
palette q
  . transparent
  k #000000
  b #0000ff
  o #ff0000
  z #00000080
  h #7f0000
end
sprite a_0 4x4 palette=q
kk..
kbk.
kzk.
....
end
sprite a_1 4x4 palette=q
....
kk..
kkok
.kzk
end
sprite b 3x3 palette=q
.kk
kok
kzk
end
sprite c 1x1 palette=q
h
end
EOF
same_atlas compose "$tmp/compose.txt" "$tmp/plain.txt"

# 2. A look is the four composes docs/art.md says it is: the left facing is
#    the right one mirrored, frame 1 breathes (rows 0..12 down one pixel).
art=("$src/assets/art/palette.txt" "$src/assets/art/people_body.txt"
     "$src/assets/art/people_hair.txt" "$src/assets/art/people_extras.txt")
cat > "$tmp/look.txt" <<'EOF'
palette sk
  s #6b4231
  S #4a2c21
end
palette hr
  h #d39c38
  H #f7da86
end
palette tp
  o #2fa39a
  O #1c6d68
  i #f7f5ec
end
palette gl
  v #c83a32
end
look x skin=sk hair=bob:hr top=jacket:tp extra=glasses:gl
EOF
{
    sed -n '1,/^look/p' "$tmp/look.txt" | grep -v '^look'
    for f in down up right left; do
        g=$f flip=
        [ $f = left ] && g=right flip=flip
        echo "compose person_x_$f 16x16 frames=2 bob=12"
        echo "  layer person_body_$g colours=sk,tp $flip"
        echo "  layer person_top_jacket_$g colours=tp,sk $flip"
        echo "  layer person_hair_bob_$g colours=hr $flip"
        echo "  layer person_extra_glasses_$g colours=gl,hr,sk,tp $flip"
        echo "end"
    done
} > "$tmp/look_composes.txt"
mkdir -p "$tmp/look.a" "$tmp/look.b"
if "$spritegen" "$tmp/look.a" "${art[@]}" "$tmp/look.txt" >/dev/null &&
   "$spritegen" "$tmp/look.b" "${art[@]}" "$tmp/look_composes.txt" >/dev/null; then
    cmp -s "$tmp/look.a/atlas.png" "$tmp/look.b/atlas.png" || fail "look: pixels differ from the composes"
    [ "$(grep -c '^person_x_' "$tmp/look.a/atlas.txt")" = 8 ] || fail "look: not 8 sprites"
    grep -q '^person_x_left_1 ' "$tmp/look.a/atlas.txt" || fail "look: no person_x_left_1"
else
    fail "look: does not build"
fi

# 3. Mistakes: exit status 1 and "FILE:LINE: message".
expect_error() { # what, expected "LINE: text", source text
    local what=$1 want=$2 f="$tmp/bad_$1.txt"
    printf '%s\n' "$3" > "$f"
    mkdir -p "$tmp/bad"
    if "$spritegen" "$tmp/bad" "$f" 2>"$tmp/err" >/dev/null; then
        fail "$what: accepted"
    elif ! grep -qF "$f:$want" "$tmp/err"; then
        fail "$what: expected '$f:$want', got: $(head -c 300 "$tmp/err")"
    fi
}
head='palette p
  . transparent
  k #000000
end
part blob 2x1 palette=p
k.
end'
expect_error unknown_palette "9: unknown palette 'nope'" "$head
compose c
  layer blob colours=nope
end"
expect_error missing_layer "8: 'c': no part or sprite 'ghost'" "$head
compose c 2x2
  layer ghost
end"
expect_error no_colour "8: 'c': character 'q' of part 'q1'" "$head
compose c
  layer q1
end
part q1 1x1 palette=p
q
end"
expect_error bad_option "9: unexpected 'sideways'" "$head
compose c
  layer blob sideways
end"
expect_error bad_frame "9: bad 'frame=2'" "$head
compose c frames=2
  layer blob frame=2
end"
expect_error bob_without_frames "8: bob= moves the odd frames" "$head
compose c bob=1
  layer blob
end"
expect_error no_end "8: compose 'c' has no 'end'" "$head
compose c
  layer blob"
expect_error duplicate "11: duplicate sprite name 'c_0'" "$head
sprite c_0 1x1 palette=p
k
end
compose c frames=2
  layer blob
end"
expect_error part_row "6: row is 3 characters wide, part 'blob2' is 2 wide" "palette p
  k #000000
end
part blob2 2x2 palette=p
kk
kkk
end"
expect_error look_key "4: unknown key 'hat'" "palette p
  k #000000
end
look y skin=p hair=none top=tee:p hat=red"
expect_error look_style "4: no part person_top_toga_down" "palette p
  k #000000
end
look y skin=p hair=none top=toga:p"
expect_error base "1: unknown palette 'ghost'" "palette p base=ghost
end"

[ $status = 0 ] && echo "spritegen composes what it says and names every mistake's line"
exit $status
