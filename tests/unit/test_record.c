/* Recorded sessions and replay scripts (src/app/record.c): what a file says
 * comes back exactly, tick by tick; errors name the line. */
#define _POSIX_C_SOURCE 200809L /* mkstemp */
#include "test_common.h"
#include "record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void a_script_drives_the_actions(void **state)
{
    (void)state;
    rec_session s;
    char err[128];
    assert_true(rec_parse(&s, "# walk then talk\n0 +right\n10 -right\n12 confirm\n", err, sizeof err));
    assert_false(s.session);
    assert_int_equal(s.count, 3);
    uint32_t held_at[14], pressed_at[14], released_at[14];
    for (uint32_t t = 0; t < 14; t++) {
        in_frame f;
        game_event ev[4];
        uint64_t h[4];
        assert_int_equal(rec_next(&s, t, &f, ev, h, 4), 0);
        held_at[t] = f.held, pressed_at[t] = f.pressed, released_at[t] = f.released;
    }
    assert_int_equal(held_at[0], IN_BIT(IN_RIGHT));
    assert_int_equal(pressed_at[0], IN_BIT(IN_RIGHT));
    assert_int_equal(held_at[9], IN_BIT(IN_RIGHT));
    assert_int_equal(pressed_at[9], 0);
    assert_int_equal(held_at[10], 0);
    assert_int_equal(released_at[10], IN_BIT(IN_RIGHT));
    assert_int_equal(pressed_at[12], IN_BIT(IN_CONFIRM));
    assert_int_equal(held_at[13], 0); /* a tap lasts one tick */
    assert_int_equal(released_at[13], IN_BIT(IN_CONFIRM));
    rec_free(&s);
}

static void errors_name_the_line(void **state)
{
    (void)state;
    rec_session s;
    char err[160];
    assert_false(rec_parse(&s, "0 +right\nfoo\n", err, sizeof err));
    assert_string_equal(err, "2: unknown line 'foo'");
    assert_false(rec_parse(&s, "5 +right\n3 -right\n", err, sizeof err));
    assert_string_equal(err, "2: ticks must not go backwards");
    assert_false(rec_parse(&s, "\n\n1 jump\n", err, sizeof err));
    assert_non_null(strstr(err, "3: unknown action 'jump'"));
    assert_false(rec_parse(&s, "1 up down\n", err, sizeof err));
    assert_string_equal(err, "1: unexpected text after the action");
    assert_false(rec_parse(&s, "4 click 10\n", err, sizeof err));
    assert_string_equal(err, "1: click needs X and Y");
    assert_false(rec_parse(&s, "skillquest-session 9\n", err, sizeof err));
    assert_non_null(strstr(err, "newer SkillQuest"));
    assert_false(rec_parse(&s, "save-begin\nxp 3\n", err, sizeof err));
    assert_non_null(strstr(err, "save-begin without save-end"));
}

/* Frames as the input module makes them (presses and releases between two
 * ticks, taps shorter than a tick, keys let go and pressed again), written
 * and read back: every tick's frame is the same. */
static void written_frames_come_back_exactly(void **state)
{
    (void)state;
    char path[] = "/tmp/skillquest-record-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    rec_writer w;
    char err[200];
    rec_header h = {"9.9.9", 77, 20001, 0xfeedULL, NULL, "version 3\nxp 5\n"};
    assert_true(rec_open(&w, path, &h, err, sizeof err));
    enum { TICKS = 3000 };
    in_frame *frames = calloc(TICKS, sizeof *frames);
    in_state in;
    in_reset(&in);
    uint32_t seed = 12345;
    for (int t = 0; t < TICKS; t++) {
        /* A few changes per tick, any action, down or up. */
        int changes = (int)((seed >> 8) % 4);
        for (int c = 0; c < changes; c++) {
            seed = seed * 1103515245u + 12345u;
            in_script_set(&in, (in_action)((seed >> 16) % IN_ACTION_COUNT), (seed >> 12) & 1);
        }
        seed = seed * 1103515245u + 12345u;
        frames[t] = in_sample(&in);
        game_event ev = {.kind = GAME_EV_CLICK, .x = t % 640, .y = t % 360};
        uint64_t none = 0;
        rec_write(&w, (uint32_t)t, &frames[t], &ev, &none, t % 97 == 0);
    }
    assert_true(rec_close(&w, TICKS, 0xabcdef12345ULL, err, sizeof err));

    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = calloc(1, (size_t)size + 1);
    assert_int_equal(fread(text, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    remove(path);
    rec_session s;
    assert_true(rec_parse(&s, text, err, sizeof err));
    free(text);
    assert_true(s.session);
    assert_string_equal(s.version, "9.9.9");
    assert_true(s.has_seed && s.seed == 77);
    assert_int_equal(s.today, 20001);
    assert_true(s.content == 0xfeedULL);
    assert_string_equal(s.save, "version 3\nxp 5\n");
    assert_true(s.has_end && s.end == TICKS);
    assert_true(s.has_hash && s.hash == 0xabcdef12345ULL);
    int clicks = 0;
    for (int t = 0; t < TICKS; t++) {
        in_frame got;
        game_event ev[4];
        uint64_t hashes[4];
        int n = rec_next(&s, (uint32_t)t, &got, ev, hashes, 4);
        if (got.held != frames[t].held || got.pressed != frames[t].pressed ||
            got.released != frames[t].released)
            fail_msg("tick %d: %x/%x/%x, recorded %x/%x/%x", t, got.held, got.pressed, got.released,
                     frames[t].held, frames[t].pressed, frames[t].released);
        assert_int_equal(n, t % 97 == 0);
        if (n) {
            assert_int_equal(ev[0].kind, GAME_EV_CLICK);
            assert_int_equal(ev[0].x, t % 640);
            clicks++;
        }
    }
    assert_true(clicks > 10);
    rec_free(&s);
    free(frames);
}

static void events_round_trip(void **state)
{
    (void)state;
    rec_session s;
    char err[160];
    const char *text = "skillquest-session 1\nversion 1\n"
                       "3 bind confirm key Left Shift\n4 bind hint pad dpup\n5 day 20100\n"
                       "6 reload 00000000000000ff\n7 time 29419260\n8 log\n";
    assert_true(rec_parse(&s, text, err, sizeof err));
    game_event ev[4];
    uint64_t h[4];
    in_frame f;
    for (uint32_t t = 0; t < 3; t++) assert_int_equal(rec_next(&s, t, &f, ev, h, 4), 0);
    assert_int_equal(rec_next(&s, 3, &f, ev, h, 4), 1);
    assert_int_equal(ev[0].kind, GAME_EV_BIND);
    assert_int_equal(ev[0].action, IN_CONFIRM);
    assert_false(ev[0].pad);
    assert_string_equal(ev[0].name, "Left Shift");
    assert_int_equal(rec_next(&s, 4, &f, ev, h, 4), 1);
    assert_true(ev[0].pad);
    assert_string_equal(ev[0].name, "dpup");
    assert_int_equal(rec_next(&s, 5, &f, ev, h, 4), 1);
    assert_int_equal(ev[0].day, 20100);
    assert_int_equal(rec_next(&s, 6, &f, ev, h, 4), 1);
    assert_int_equal(ev[0].kind, GAME_EV_RELOAD);
    assert_true(h[0] == 0xff);
    assert_int_equal(rec_next(&s, 7, &f, ev, h, 4), 1);
    assert_int_equal(ev[0].kind, GAME_EV_DAY);
    assert_true(ev[0].minute == 29419260 && ev[0].day == 20430);
    assert_int_equal(rec_next(&s, 8, &f, ev, h, 4), 1);
    assert_int_equal(ev[0].kind, GAME_EV_LOG);
    rec_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_script_drives_the_actions),
        cmocka_unit_test(errors_name_the_line),
        cmocka_unit_test(written_frames_come_back_exactly),
        cmocka_unit_test(events_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
