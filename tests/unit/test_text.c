/* UTF-8 decoding, word wrapping, and the glyph cache with the real font. */
#include "test_common.h"
#include "text.h"

#include <SDL.h>
#include <string.h>

static uint32_t decode_one(const char *s, size_t len, size_t *used)
{
    const char *p = s;
    uint32_t cp = txt_decode(&p, s + len);
    *used = (size_t)(p - s);
    return cp;
}

static void utf8_valid_sequences(void **state)
{
    (void)state;
    size_t used;
    assert_int_equal(decode_one("A", 1, &used), 'A');
    assert_int_equal(used, 1);
    assert_int_equal(decode_one("\xC3\xA9", 2, &used), 0xE9); /* é */
    assert_int_equal(used, 2);
    assert_int_equal(decode_one("\xE2\x86\x92", 3, &used), 0x2192); /* → */
    assert_int_equal(used, 3);
    assert_int_equal(decode_one("\xF0\x9F\x90\x9B", 4, &used), 0x1F41B); /* 🐛 */
    assert_int_equal(used, 4);
}

static void utf8_malformed_sequences(void **state)
{
    (void)state;
    size_t used;
    /* Each bad input gives U+FFFD and moves on by one byte. */
    const char *bad[] = {"\x80", "\xC3", "\xC3\x28", "\xC0\xAF", "\xE0\x80\xAF",
                         "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xE2\x86"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(decode_one(bad[i], strlen(bad[i]), &used), TXT_REPLACEMENT);
        assert_int_equal(used, 1);
    }
}

/* Every character is 10 px wide: widths are easy to reason about. */
static int mono(void *user, const char *text, size_t len)
{
    (void)user;
    const char *p = text, *end = text + len;
    int n = 0;
    while (p < end) {
        txt_decode(&p, end);
        n++;
    }
    return n * 10;
}

static void expect_lines(const char *text, int width, const char *const *want, int count)
{
    txt_line lines[16];
    int n = txt_wrap(text, width, mono, NULL, lines, 16);
    assert_int_equal(n, count);
    for (int i = 0; i < count; i++) {
        char got[128];
        memcpy(got, text + lines[i].start, lines[i].len);
        got[lines[i].len] = '\0';
        assert_string_equal(got, want[i]);
    }
}

static void wrap_at_spaces(void **state)
{
    (void)state;
    const char *want[] = {"the quick", "brown fox", "jumps"};
    expect_lines("the quick brown fox jumps", 100, want, 3);
    const char *exact[] = {"abcde fghi"}; /* exactly the width fits */
    expect_lines("abcde fghi", 100, exact, 1);
}

static void wrap_keeps_explicit_breaks(void **state)
{
    (void)state;
    const char *want[] = {"one", "", "two three"};
    expect_lines("one\n\ntwo three", 200, want, 3);
}

static void wrap_cuts_long_words_between_code_points(void **state)
{
    (void)state;
    const char *want[] = {"éééééé", "é ok"};
    expect_lines("ééééééé ok", 60, want, 2);
    const char *word[] = {"abcd", "efgh", "ij"};
    expect_lines("abcdefghij", 40, word, 3);
}

static void wrap_edge_cases(void **state)
{
    (void)state;
    const char *empty[] = {""};
    expect_lines("", 100, empty, 1);
    const char *spaces[] = {"a"};
    expect_lines("a    ", 100, spaces, 1);
    /* Narrower than one character: still progresses one code point a line. */
    const char *tiny[] = {"a", "b"};
    expect_lines("ab", 5, tiny, 2);
    txt_line few[1];
    assert_int_equal(txt_wrap("a b c", 10, mono, NULL, few, 1), 3);
}

static void glyph_cache_rasterises_once(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    ren_context *ren = ren_create_headless();
    assert_non_null(ren);
    txt_font *font = txt_open(ren, SQ_SOURCE_DIR "/assets/fonts/DotGothic16-Regular.ttf", 16);
    assert_non_null(font);
    const char *text = "Skills 3/5 — café";
    ren_begin(ren, (ren_color){0, 0, 0, 255});
    txt_draw(font, 4, 4, text, strlen(text), (ren_color){255, 255, 255, 255});
    unsigned after_first = txt_glyphs_rasterised(font);
    assert_true(after_first > 0);
    for (int frame = 0; frame < 30; frame++)
        txt_draw(font, 4, 4, text, strlen(text), (ren_color){255, 255, 255, 255});
    assert_int_equal(txt_glyphs_rasterised(font), after_first);
    /* Something was really drawn: some pixel in the text's box is lit. */
    SDL_Surface *shot = ren_capture(ren);
    assert_non_null(shot);
    int lit = 0;
    for (int y = 4; y < 24; y++)
        for (int x = 4; x < 150; x++)
            lit += (((Uint32 *)((Uint8 *)shot->pixels + y * shot->pitch))[x] & 0xffffff) != 0;
    assert_true(lit > 50);
    assert_true(txt_measure(font, "ab", 2) > txt_measure(font, "a", 1));
    /* Invalid UTF-8 measures and draws without crashing. */
    assert_true(txt_measure(font, "\xff\xfe", 2) >= 0);
    SDL_FreeSurface(shot);
    txt_close(font);
    txt_shutdown();
    ren_destroy(ren);
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_valid_sequences),
        cmocka_unit_test(utf8_malformed_sequences),
        cmocka_unit_test(wrap_at_spaces),
        cmocka_unit_test(wrap_keeps_explicit_breaks),
        cmocka_unit_test(wrap_cuts_long_words_between_code_points),
        cmocka_unit_test(wrap_edge_cases),
        cmocka_unit_test(glyph_cache_rasterises_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
