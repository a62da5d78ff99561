/* Audio with no device, and with SDL's dummy device. */
#include "test_common.h"
#include "audio.h"
#include "log.h"

#include <SDL.h>

#define SOUNDS SQ_SOURCE_DIR "/assets/gen"

static void silent_audio_still_checks_files(void **state)
{
    (void)state;
    aud_system *a = aud_create(false);
    assert_non_null(a);
    assert_false(aud_active(a));
    aud_sound pickup = aud_load(a, SOUNDS, "pickup");
    assert_int_not_equal(pickup, 0);
    assert_int_equal(aud_load(a, SOUNDS, "pickup"), pickup); /* loaded once */
    unsigned errors = log_error_count();
    assert_int_equal(aud_load(a, SOUNDS, "no_such_sound"), 0);
    assert_int_equal(log_error_count(), errors + 1);
    aud_play(a, pickup);
    aud_play(a, 0);   /* "none" plays nothing */
    aud_play(a, 999); /* nor does a bad id */
    assert_int_equal(aud_play_count(a), 1);
    aud_music(a, SOUNDS "/music_hub.wav");
    aud_destroy(a);
}

static void volumes_are_clamped(void **state)
{
    (void)state;
    aud_system *a = aud_create(false);
    aud_set_volumes(a, (aud_volumes){2.0f, -1.0f, 0.5f, true});
    aud_volumes v = aud_get_volumes(a);
    assert_true(v.master == 1.0f && v.music == 0.0f && v.effects == 0.5f && v.muted);
    aud_destroy(a);
}

static void dummy_device_plays(void **state)
{
    (void)state;
    SDL_setenv("SDL_AUDIODRIVER", "dummy", 1);
    aud_system *a = aud_create(true);
    assert_non_null(a);
    assert_true(aud_active(a));
    aud_sound s = aud_load(a, SOUNDS, "confirm");
    assert_int_not_equal(s, 0);
    aud_play(a, s);
    aud_music(a, SOUNDS "/music_hub.wav");
    aud_set_volumes(a, (aud_volumes){0.5f, 0.5f, 0.5f, false});
    assert_int_equal(aud_play_count(a), 1);
    aud_destroy(a);
    SDL_Quit();
}

static int warnings;
static void count_warnings(log_level level, const char *line, void *user)
{
    (void)line;
    (void)user;
    warnings += level == LOG_WARN;
}

static void missing_device_means_silence_and_one_line(void **state)
{
    (void)state;
    SDL_setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    warnings = 0;
    log_set_sink(count_warnings, NULL);
    aud_system *a = aud_create(true);
    log_set_sink(NULL, NULL);
    assert_non_null(a);
    assert_false(aud_active(a));
    assert_int_equal(warnings, 1);
    aud_sound s = aud_load(a, SOUNDS, "confirm");
    assert_int_not_equal(s, 0); /* ids still work, so the game is unchanged */
    aud_play(a, s);
    aud_music(a, SOUNDS "/music_hub.wav");
    assert_int_equal(aud_play_count(a), 1);
    aud_destroy(a);
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(silent_audio_still_checks_files),
        cmocka_unit_test(volumes_are_clamped),
        cmocka_unit_test(dummy_device_plays),
        cmocka_unit_test(missing_device_means_silence_and_one_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
