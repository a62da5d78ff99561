#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* dup, dup2, fileno */
#endif
/* audio: SDL2_mixer behind a tiny API. Volumes are applied as master x group
 * so the player's three sliders combine the way they read. */
#include "audio.h"
#include "log.h"

#include <SDL.h>
#include <SDL_mixer.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define AUD_MAX_SOUNDS 64

struct aud_system {
    bool active;
    bool subsystem; /* SDL's audio subsystem started (with or without a device) */
    Mix_Chunk *chunks[AUD_MAX_SOUNDS + 1];
    char names[AUD_MAX_SOUNDS + 1][32];
    int count;
    Mix_Music *music;
    char music_path[512];
    aud_volumes volumes;
    unsigned plays;
};

/* Sound libraries (ALSA above all) print their own diagnostics to stderr
 * while SDL probes for a device. The reason reaches us through SDL_GetError
 * and is logged as one line, so their chatter is held back meanwhile. */
static int aud_hush_stderr(void)
{
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    FILE *null = fopen("/dev/null", "w");
    if (saved >= 0 && null) dup2(fileno(null), STDERR_FILENO);
    if (null) fclose(null);
    return saved;
}

static void aud_restore_stderr(int saved)
{
    if (saved < 0) return;
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
}

/* On a machine without a sound card the subsystem starts (ALSA is there)
 * but no device opens. The subsystem is then quit at aud_destroy, not here:
 * quitting joins SDL's device-watching thread, which sleeps in 100 ms steps,
 * and the title would wait for it. */
static bool aud_open_device(bool *subsystem)
{
    int saved = aud_hush_stderr();
    bool ok = *subsystem = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0;
    if (ok && Mix_OpenAudio(22050, AUDIO_S16SYS, 2, 1024) != 0) {
        /* Keep the mixer's reason: later calls may overwrite it. */
        char reason[256];
        SDL_strlcpy(reason, Mix_GetError(), sizeof reason);
        SDL_SetError("%s", reason);
        ok = false;
    }
    aud_restore_stderr(saved);
    return ok;
}

aud_system *aud_create(bool enabled)
{
    aud_system *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->volumes = (aud_volumes){1.0f, 0.6f, 0.8f, false};
    if (!enabled) return a;
    if (!aud_open_device(&a->subsystem)) {
        log_warn("audio: no audio device (%s); running silently", SDL_GetError());
        return a;
    }
    Mix_AllocateChannels(16);
    a->active = true;
    aud_set_volumes(a, a->volumes);
    return a;
}

void aud_destroy(aud_system *a)
{
    if (!a) return;
    if (a->active) {
        Mix_HaltChannel(-1);
        Mix_HaltMusic();
    }
    if (a->music) Mix_FreeMusic(a->music);
    for (int i = 1; i <= a->count; i++)
        if (a->chunks[i]) Mix_FreeChunk(a->chunks[i]);
    if (a->active) Mix_CloseAudio();
    if (a->subsystem) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(a);
}

bool aud_active(const aud_system *a)
{
    return a && a->active;
}

aud_sound aud_load(aud_system *a, const char *dir, const char *name)
{
    if (!a) return 0;
    for (int i = 1; i <= a->count; i++)
        if (strcmp(a->names[i], name) == 0) return i;
    if (a->count == AUD_MAX_SOUNDS || strlen(name) >= sizeof a->names[0]) {
        log_error("audio: cannot register sound '%s'", name);
        return 0;
    }
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.wav", dir, name);
    Mix_Chunk *chunk = NULL;
    if (a->active) {
        chunk = Mix_LoadWAV(path);
        if (!chunk) {
            log_error("audio: cannot load %s: %s", path, Mix_GetError());
            return 0;
        }
    } else {
        /* Silent: still insist the file exists, so a missing sound is caught headless. */
        FILE *f = fopen(path, "rb");
        if (!f) {
            log_error("audio: cannot open %s", path);
            return 0;
        }
        fclose(f);
    }
    int id = ++a->count;
    a->chunks[id] = chunk;
    strcpy(a->names[id], name);
    if (chunk) Mix_VolumeChunk(chunk, MIX_MAX_VOLUME);
    return id;
}

void aud_play(aud_system *a, aud_sound sound)
{
    if (!a || sound <= 0 || sound > a->count) return;
    a->plays++;
    if (a->active && a->chunks[sound]) Mix_PlayChannel(-1, a->chunks[sound], 0);
}

void aud_music(aud_system *a, const char *path)
{
    if (!a || !a->active) return;
    if (a->music && strcmp(a->music_path, path) == 0) return;
    Mix_Music *music = Mix_LoadMUS(path);
    if (!music) {
        log_error("audio: cannot load music %s: %s", path, Mix_GetError());
        return;
    }
    aud_stop_music(a);
    a->music = music;
    snprintf(a->music_path, sizeof a->music_path, "%s", path);
    Mix_PlayMusic(music, -1);
}

void aud_stop_music(aud_system *a)
{
    if (!a || !a->music) return;
    Mix_HaltMusic();
    Mix_FreeMusic(a->music);
    a->music = NULL;
    a->music_path[0] = '\0';
}

static float aud_clamp01(float v)
{
    return v < 0.0f ? 0.0f : (v > 1.0f ? 1.0f : (v == v ? v : 0.0f));
}

void aud_set_volumes(aud_system *a, aud_volumes v)
{
    if (!a) return;
    v.master = aud_clamp01(v.master);
    v.music = aud_clamp01(v.music);
    v.effects = aud_clamp01(v.effects);
    a->volumes = v;
    if (!a->active) return;
    float gain = v.muted ? 0.0f : v.master;
    Mix_Volume(-1, (int)(gain * v.effects * MIX_MAX_VOLUME + 0.5f));
    Mix_VolumeMusic((int)(gain * v.music * MIX_MAX_VOLUME + 0.5f));
}

aud_volumes aud_get_volumes(const aud_system *a)
{
    return a ? a->volumes : (aud_volumes){0};
}

unsigned aud_play_count(const aud_system *a)
{
    return a ? a->plays : 0;
}
