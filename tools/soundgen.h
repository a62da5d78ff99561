/* soundgen.h: the types the chiptune generator's two halves share:
 * soundgen.c reads the text sources (the format is described there),
 * soundgen_synth.c renders voices and writes WAV files. */
#ifndef SQ_SOUNDGEN_H
#define SQ_SOUNDGEN_H

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SR 22050
#define PI 3.14159265358979323846
#define MAX_NAME 64
#define MAX_ARP 32
#define MAX_TOK 512
#define LINE_MAX_LEN 4096

enum { W_SINE, W_SQUARE, W_TRIANGLE, W_SAW, W_NOISE };

typedef struct {
    int wave;
    double duty;
    double a, d, s, r;
    double volume;
    double f0, f1, slide;
    double vib_rate, vib_depth, vib_delay;
    double trem_rate, trem_depth;
    double arp_step;
    int arp_n, arp_loop;
    double arp[MAX_ARP];
    double lp0, lp1, hp;
    double detune;
    double echo_delay, echo_fb;
    double at, len, gate;
    uint32_t seed;
} Voice;

typedef struct {
    long step, len;
    int midi;
} Event;

typedef struct {
    Voice inst;
    double vol;
    Event *ev;
    long nev, cap;
    long pos; /* next grid step */
    long cur; /* index of the note a '-' extends, or -1 */
} TVoice;

typedef struct {
    char name[MAX_NAME];
    int *steps; /* >= 0 midi note, -1 hold, -2 rest */
    long n;
} Pattern;

typedef struct {
    char name[MAX_NAME];
    int is_track;
    double peak;
    /* sound */
    Voice *layers;
    int nlayers;
    /* track */
    double tempo;
    int steps;
    int loop;
    TVoice *voices;
    int nvoices;
    Pattern *pats;
    int npats;
} Def;

typedef struct {
    char name[MAX_NAME];
    Voice v;
} Instr;

typedef struct {
    const char *file;
    int line;
} Loc;

typedef struct {
    double *d;
    long n, cap;
} Buf;

void fail(const Loc *l, const char *fmt, ...);
void *xrealloc(void *p, size_t n);
Voice voice_default(void);
double midi_freq(int m);
void render_def(const Def *df, Buf *out);
void write_wav(const char *path, const Buf *b);

#endif
