/* audio: music and sound effects through SDL2_mixer, with master, music and
 * effects volumes and mute. With no audio device the game runs silently after
 * one log line; every call stays safe. */
#ifndef SQ_AUDIO_H
#define SQ_AUDIO_H

#include <stdbool.h>

typedef struct aud_system aud_system;
typedef int aud_sound; /* 0 = none */

typedef struct {
    float master, music, effects; /* 0..1 */
    bool muted;
} aud_volumes;

/* enabled=false skips the device entirely (headless runs). */
aud_system *aud_create(bool enabled);
void aud_destroy(aud_system *a);
bool aud_active(const aud_system *a);

/* Loads DIR/NAME.wav once; repeated names return the same id. A missing file
 * is an error (logged) and returns 0, which plays nothing. */
aud_sound aud_load(aud_system *a, const char *dir, const char *name);
void aud_play(aud_system *a, aud_sound sound);
/* Loops a music file until stopped or replaced; the same path keeps playing. */
void aud_music(aud_system *a, const char *path);
void aud_stop_music(aud_system *a);

void aud_set_volumes(aud_system *a, aud_volumes v);
aud_volumes aud_get_volumes(const aud_system *a);
/* How many effects were asked to play (also when silent): for tests. */
unsigned aud_play_count(const aud_system *a);

#endif
