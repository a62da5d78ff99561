/* app_media: what the game needs from the machine besides the tick: fonts
 * at the chosen text size, settings applied to the platform and audio, key
 * bindings, the sounds a tick asked for. */
#include "app.h"
#include "log.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *const APP_MONO_FONTS[2] = {
    "assets/fonts/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
};

/* DotGothic16 is drawn on a 16 px grid: 14 and 20 px keep its strokes even
 * enough to read on the 640x360 canvas, where 12 px breaks them apart. */
int app_text_px(sav_text_size size)
{
    return size == SAV_TEXT_SMALL ? 14 : size == SAV_TEXT_LARGE ? 20 : 16;
}

/* Code needs 56 columns beside its line numbers at every text size. */
int app_mono_px(sav_text_size size)
{
    return size == SAV_TEXT_SMALL ? 11 : size == SAV_TEXT_LARGE ? 14 : 12;
}

void app_find_mono(app *a)
{
    a->mono_path[0] = '\0';
    for (size_t i = 0; i < sizeof APP_MONO_FONTS / sizeof *APP_MONO_FONTS; i++) {
        char path[4200];
        if (APP_MONO_FONTS[i][0] == '/')
            snprintf(path, sizeof path, "%s", APP_MONO_FONTS[i]);
        else
            plat_path(path, sizeof path, a->root, APP_MONO_FONTS[i]);
        struct stat st;
        if (stat(path, &st) == 0) {
            snprintf(a->mono_path, sizeof a->mono_path, "%s", path);
            return;
        }
    }
    log_warn("text: no monospace font (install fonts-dejavu-core); code is set in the text font");
}

bool app_same_bindings(const sav_settings *a, const sav_settings *b)
{
    if (a->key_count != b->key_count || a->pad_count != b->pad_count) return false;
    for (int i = 0; i < a->key_count; i++)
        if (strcmp(a->keys[i].action, b->keys[i].action) || strcmp(a->keys[i].key, b->keys[i].key))
            return false;
    for (int i = 0; i < a->pad_count; i++)
        if (strcmp(a->pad[i].action, b->pad[i].action) || strcmp(a->pad[i].key, b->pad[i].key))
            return false;
    return true;
}

/* The player's key names become the codes input counts. What the platform
 * could not use goes from the settings too, so the controls screen and the
 * save show the keys that work, in SDL's spelling. */
void app_apply_bindings(app *a, const sav_settings *st)
{
    in_bindings b;
    plat_bindings_from_settings(st, &b);
    if (memcmp(&b, &a->bindings, sizeof b) != 0) {
        a->bindings = b;
        /* Keys counted as held under the old bindings would never come up. */
        in_release_all(&a->input);
    }
    sav_settings *used = malloc(sizeof *used);
    if (!used) return;
    *used = *st;
    plat_settings_from_bindings(&b, used);
    if (!app_same_bindings(used, st)) game_set_bindings(a->game, used);
    free(used);
}

void app_give_painter(app *a)
{
    game_painter painter = {a->ren, a->font, a->font_big, a->font_mono};
    game_set_painter(a->game, &painter);
}

/* The menus change settings inside the game; the platform and audio apply them. */
void app_apply_settings(app *a)
{
    const sav_settings *st = game_settings(a->game);
    aud_volumes v = aud_get_volumes(a->audio);
    v.master = st->master_volume / 100.0f;
    v.music = st->music_volume / 100.0f;
    v.effects = st->effects_volume / 100.0f;
    aud_set_volumes(a->audio, v);
    if (!a->opts.headless && st->fullscreen != plat_is_fullscreen(a->plat))
        plat_toggle_fullscreen(a->plat);
    int px = app_text_px(st->text_size);
    if (px != a->font_px) {
        txt_font *font = txt_open(a->ren, a->font_path, px);
        if (font) {
            txt_close(a->font);
            a->font = font;
            a->font_px = px;
        } else {
            log_warn("text: keeping the %d px font", a->font_px);
        }
    }
    int mono = app_mono_px(st->text_size);
    if (a->mono_path[0] && mono != a->mono_px) {
        txt_font *font = txt_open(a->ren, a->mono_path, mono);
        if (font) {
            txt_close(a->font_mono);
            a->font_mono = font;
            a->mono_px = mono;
        }
    }
    app_give_painter(a);
    app_apply_bindings(a, st);
}

/* The controls screen waits for a key: the first press this poll is its
 * answer, by name, and goes to the game in the next tick. */
void app_capture(app *a, const plat_events *e)
{
    if (!e->captured_key && !e->captured_button) return;
    game_event ev = {.kind = GAME_EV_BIND, .action = game_wants_binding(a->game)};
    ev.pad = e->captured_button != 0;
    if (ev.pad)
        plat_button_name(e->captured_button - 1, ev.name, sizeof ev.name);
    else
        plat_key_name(e->captured_key, ev.name, sizeof ev.name);
    app_event(a, ev, 0);
}

void app_play_sounds(app *a)
{
    char dir[4200];
    plat_path(dir, sizeof dir, a->root, "assets/gen");
    const char *names[32];
    int n = game_take_sounds(a->game, names, 32);
    for (int i = 0; i < n; i++) {
        /* Level scripts name sounds: only plain names inside assets/gen. */
        if (strchr(names[i], '/') || strstr(names[i], "..")) continue;
        aud_play(a->audio, aud_load(a->audio, dir, names[i]));
    }
    const char *music = game_music(a->game);
    if (music && strcmp(music, a->music) != 0 && !strchr(music, '/') && !strstr(music, "..")) {
        snprintf(a->music, sizeof a->music, "%s", music);
        char path[4300];
        snprintf(path, sizeof path, "%s/%s.wav", dir, music);
        aud_music(a->audio, path);
    }
}
