/*
 * soundgen - SkillQuest text-source -> WAV chiptune synthesizer.
 *
 * Usage:  soundgen OUT_DIR SOURCE.txt...
 *   Reads every SOURCE file in the order given, then writes one
 *   OUT_DIR/NAME.wav per `sound` or `track` defined (22050 Hz, 16-bit
 *   signed little-endian, mono PCM). OUT_DIR must exist.
 *   Exit status: 0 ok, 1 error in a source file (or I/O error), 2 bad usage.
 *   Nothing is written unless every source parses without error.
 *
 * Output is deterministic: identical bytes on every run (noise comes from a
 * fixed-seed xorshift PRNG; no clocks, no uninitialised memory).
 *
 * ---------------------------------------------------------------------------
 * Source format (line based, ASCII). A word starting with '#' begins a
 * comment that runs to the end of the line (so F#4 is a note, not a
 * comment); blank lines are ignored; words are separated by blanks.
 * There are three kinds of block, each closed by a line `end`:
 *
 *   instrument NAME        a reusable voice (see "voice keys" below)
 *     <voice keys>
 *   end
 *
 *   sound NAME             a sound effect -> NAME.wav; the sum of its layers
 *     peak P               normalise the finished sound to peak P (0..1,
 *                          default 0.8)
 *     layer [INSTRUMENT]   start a new layer, optionally starting from a
 *                          copy of INSTRUMENT's settings
 *     <voice keys>         apply to the current layer (keys before the first
 *                          `layer` start one implicitly)
 *   end
 *
 *   track NAME             tracker-style music -> NAME.wav
 *     tempo BPM            beats per minute (default 120)
 *     steps N              grid steps per beat (default 4 = sixteenth notes)
 *     loop                 the track loops: notes ringing past the end are
 *                          wrapped onto the start so the loop is seamless
 *                          (no fades); all voices must be equally long
 *     peak P               as for sounds (default 0.5)
 *     pat NAME TOKENS...   define a note pattern for reuse in this track
 *     voice INSTRUMENT [VOLUME]   start a new voice (one note at a time)
 *     notes TOKENS...      append grid steps to the current voice; any
 *                          number of `notes` lines may follow a `voice`
 *   end
 *
 *   Note tokens (each note token or `-` or `.` is one grid step):
 *     C4 F#3 Bb5 ...       start a note: letter A-G, optional # or b,
 *                          octave -1..9 (A4 = 440 Hz, C4 = middle C)
 *     -                    hold the previous note one more step
 *     .                    rest (silence) for one step
 *     |                    bar line, ignored (for readability)
 *     @PAT  @PAT*N         the steps of pattern PAT (N times)
 *
 * Voice keys (times in seconds, frequencies in Hz or as note names):
 *   wave W                 sine | square | triangle | saw | noise
 *                          (noise is sample-and-hold white noise; its pitch
 *                          is the rate at which a new random value is drawn)
 *   duty D                 square duty cycle, 0.01..0.99 (default 0.5)
 *   adsr A D S R           attack, decay, sustain level (0..1), release;
 *                          release starts when the gate (`len`) ends
 *   volume V               linear gain (default 1)
 *   pitch F [F2 [T]]       start pitch, optional exponential slide to F2
 *                          over T seconds (default: the whole gate). In a
 *                          track the note sets the start pitch and F2/F is
 *                          kept as a ratio.
 *   arp STEP S1 S2 ...     arpeggio: every STEP seconds move to the next
 *                          semitone offset, holding the last one
 *   arploop STEP S1 S2 ... the same but cycling for the whole sound
 *   vibrato RATE DEPTH [DELAY]   pitch LFO; DEPTH in semitones
 *   tremolo RATE DEPTH     amplitude LFO; DEPTH 0..1
 *   detune CENTS           add a second oscillator CENTS above (unison)
 *   lowpass F [F2]         12 dB/oct low-pass, optionally sweeping to F2
 *                          over the gate
 *   highpass F             6 dB/oct high-pass
 *   echo DELAY FEEDBACK    feedback echo (FEEDBACK 0..0.95)
 *   at T                   layer start time within the sound (sounds only)
 *   len T                  gate length (sounds only; in tracks the gate is
 *                          the note length)
 *   gate G                 fraction of a track note that is gated (0..1,
 *                          default 1; < 1 makes notes detached)
 *   seed N                 noise seed (integer)
 *
 * Names are [A-Za-z0-9_-]+. Sound and track names share one namespace and
 * instruments another; each must be unique across ALL source files. An
 * instrument must be defined (in this or an earlier file) before use.
 * Errors (unknown keyword, bad number, unknown note name, duplicate name,
 * wrong argument count, unterminated block ...) are reported as
 * "FILE:LINE: message" on stderr and make the tool exit with status 1.
 *
 * Mixing: each note/layer is rendered independently and summed in double
 * precision; non-looping sounds get a 1.5 ms fade-in and a 5 ms fade-out;
 * everything is normalised to its `peak`, so nothing ever clips.
 */
#include "soundgen.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Def *defs;
static int ndefs;
static Instr *instrs;
static int ninstrs;

/* ------------------------------------------------------------------------ */

static double num(const Loc *l, const char *s)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end != '\0' || !isfinite(v)) fail(l, "bad number '%s'", s);
    return v;
}

static double num_range(const Loc *l, const char *s, double lo, double hi)
{
    double v = num(l, s);
    if (v < lo || v > hi) fail(l, "value %s out of range [%g, %g]", s, lo, hi);
    return v;
}

/* Note name -> MIDI number, or -1000 if it is not a note name. */
static int note_midi(const char *s)
{
    static const int base[7] = {9, 11, 0, 2, 4, 5, 7}; /* A B C D E F G */
    int semi, oct = 0, neg = 0, nd = 0, m;
    if (*s < 'A' || *s > 'G') return -1000;
    semi = base[*s - 'A'];
    s++;
    if (*s == '#') {
        semi++;
        s++;
    } else if (*s == 'b') {
        semi--;
        s++;
    }
    if (*s == '-') {
        neg = 1;
        s++;
    }
    while (*s >= '0' && *s <= '9' && nd < 2) {
        oct = oct * 10 + (*s - '0');
        s++;
        nd++;
    }
    if (nd == 0 || *s != '\0') return -1000;
    if (neg) oct = -oct;
    m = (oct + 1) * 12 + semi;
    if (oct < -1 || oct > 9 || m < 0 || m > 127) return -1000;
    return m;
}

static int looks_numeric(const char *s)
{
    return (*s >= '0' && *s <= '9') || *s == '.' || *s == '+' || *s == '-';
}

static double pitch_val(const Loc *l, const char *s)
{
    int m;
    if (looks_numeric(s)) return num_range(l, s, 1.0, 200000.0);
    m = note_midi(s);
    if (m < 0) fail(l, "unknown note name '%s'", s);
    return midi_freq(m);
}

static void check_name(const Loc *l, const char *s)
{
    const char *p;
    if (strlen(s) >= MAX_NAME) fail(l, "name too long '%s'", s);
    for (p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_' || *p == '-'))
            fail(l, "bad name '%s' (use A-Z a-z 0-9 _ -)", s);
}

static void nargs(const Loc *l, int ntok, int lo, int hi)
{
    if (ntok - 1 < lo || ntok - 1 > hi) fail(l, "wrong number of arguments for this keyword");
}

static const Instr *find_instr(const char *name)
{
    int i;
    for (i = 0; i < ninstrs; i++)
        if (strcmp(instrs[i].name, name) == 0) return &instrs[i];
    return NULL;
}

/* Apply a voice key; returns 0 if tok[0] is not a voice key. */
static int voice_key(const Loc *l, Voice *v, char **tok, int nt)
{
    const char *k = tok[0];
    int i;
    if (strcmp(k, "wave") == 0) {
        static const char *names[] = {"sine", "square", "triangle", "saw", "noise"};
        nargs(l, nt, 1, 1);
        for (i = 0; i < 5; i++)
            if (strcmp(tok[1], names[i]) == 0) break;
        if (i == 5) fail(l, "unknown wave '%s'", tok[1]);
        v->wave = i;
    } else if (strcmp(k, "duty") == 0) {
        nargs(l, nt, 1, 1);
        v->duty = num_range(l, tok[1], 0.01, 0.99);
    } else if (strcmp(k, "adsr") == 0) {
        nargs(l, nt, 4, 4);
        v->a = num_range(l, tok[1], 0.0, 60.0);
        v->d = num_range(l, tok[2], 0.0, 60.0);
        v->s = num_range(l, tok[3], 0.0, 1.0);
        v->r = num_range(l, tok[4], 0.0, 60.0);
    } else if (strcmp(k, "volume") == 0) {
        nargs(l, nt, 1, 1);
        v->volume = num_range(l, tok[1], 0.0, 100.0);
    } else if (strcmp(k, "pitch") == 0) {
        nargs(l, nt, 1, 3);
        v->f0 = v->f1 = pitch_val(l, tok[1]);
        v->slide = 0.0;
        if (nt > 2) v->f1 = pitch_val(l, tok[2]);
        if (nt > 3) v->slide = num_range(l, tok[3], 0.0, 60.0);
    } else if (strcmp(k, "arp") == 0 || strcmp(k, "arploop") == 0) {
        if (nt < 3 || nt - 2 > MAX_ARP) fail(l, "wrong number of arguments for this keyword");
        v->arp_step = num_range(l, tok[1], 0.001, 60.0);
        v->arp_n = nt - 2;
        v->arp_loop = k[3] == 'l';
        for (i = 2; i < nt; i++)
            v->arp[i - 2] = num_range(l, tok[i], -96.0, 96.0);
    } else if (strcmp(k, "vibrato") == 0) {
        nargs(l, nt, 2, 3);
        v->vib_rate = num_range(l, tok[1], 0.0, 1000.0);
        v->vib_depth = num_range(l, tok[2], 0.0, 48.0);
        v->vib_delay = nt > 3 ? num_range(l, tok[3], 0.0, 60.0) : 0.0;
    } else if (strcmp(k, "tremolo") == 0) {
        nargs(l, nt, 2, 2);
        v->trem_rate = num_range(l, tok[1], 0.0, 1000.0);
        v->trem_depth = num_range(l, tok[2], 0.0, 1.0);
    } else if (strcmp(k, "detune") == 0) {
        nargs(l, nt, 1, 1);
        v->detune = num_range(l, tok[1], -2400.0, 2400.0);
    } else if (strcmp(k, "lowpass") == 0) {
        nargs(l, nt, 1, 2);
        v->lp0 = v->lp1 = num_range(l, tok[1], 1.0, 100000.0);
        if (nt > 2) v->lp1 = num_range(l, tok[2], 1.0, 100000.0);
    } else if (strcmp(k, "highpass") == 0) {
        nargs(l, nt, 1, 1);
        v->hp = num_range(l, tok[1], 1.0, 100000.0);
    } else if (strcmp(k, "echo") == 0) {
        nargs(l, nt, 2, 2);
        v->echo_delay = num_range(l, tok[1], 0.001, 5.0);
        v->echo_fb = num_range(l, tok[2], 0.0, 0.95);
    } else if (strcmp(k, "at") == 0) {
        nargs(l, nt, 1, 1);
        v->at = num_range(l, tok[1], 0.0, 600.0);
    } else if (strcmp(k, "len") == 0) {
        nargs(l, nt, 1, 1);
        v->len = num_range(l, tok[1], 0.0, 600.0);
    } else if (strcmp(k, "gate") == 0) {
        nargs(l, nt, 1, 1);
        v->gate = num_range(l, tok[1], 0.0, 1.0);
    } else if (strcmp(k, "seed") == 0) {
        nargs(l, nt, 1, 1);
        v->seed = (uint32_t)num_range(l, tok[1], 0.0, 4294967295.0);
    } else {
        return 0;
    }
    return 1;
}

/* Expand one note token into grid steps appended to (*out, *n). */
static void expand_token(const Loc *l, const Def *df, const char *t, int **out, long *n)
{
    long reps = 1, r, i;
    const int *src;
    long srcn;
    int one;
    if (strcmp(t, "|") == 0) return;
    if (t[0] == '@') {
        char name[MAX_NAME];
        const char *star = strchr(t, '*');
        size_t len = star ? (size_t)(star - t - 1) : strlen(t + 1);
        int p;
        if (len == 0 || len >= MAX_NAME) fail(l, "bad pattern reference '%s'", t);
        memcpy(name, t + 1, len);
        name[len] = '\0';
        if (star) {
            double d = num_range(l, star + 1, 1.0, 1000.0);
            reps = (long)d;
            if ((double)reps != d) fail(l, "bad number '%s'", star + 1);
        }
        for (p = 0; p < df->npats; p++)
            if (strcmp(df->pats[p].name, name) == 0) break;
        if (p == df->npats) fail(l, "unknown pattern '%s'", name);
        src = df->pats[p].steps;
        srcn = df->pats[p].n;
    } else {
        if (strcmp(t, "-") == 0)
            one = -1;
        else if (strcmp(t, ".") == 0)
            one = -2;
        else if ((one = note_midi(t)) < 0)
            fail(l, "unknown note name '%s'", t);
        src = &one;
        srcn = 1;
    }
    *out = xrealloc(*out, (size_t)(*n + reps * srcn) * sizeof(int));
    for (r = 0; r < reps; r++)
        for (i = 0; i < srcn; i++)
            (*out)[(*n)++] = src[i];
}

static void voice_push(TVoice *tv, int s)
{
    if (s == -1) {
        if (tv->cur >= 0) tv->ev[tv->cur].len++;
    } else if (s == -2) {
        tv->cur = -1;
    } else {
        if (tv->nev == tv->cap) {
            tv->cap = tv->cap ? tv->cap * 2 : 64;
            tv->ev = xrealloc(tv->ev, (size_t)tv->cap * sizeof(Event));
        }
        tv->ev[tv->nev].step = tv->pos;
        tv->ev[tv->nev].len = 1;
        tv->ev[tv->nev].midi = s;
        tv->cur = tv->nev++;
    }
    tv->pos++;
}

enum { CTX_TOP, CTX_INSTR, CTX_SOUND, CTX_TRACK };

static void finish_block(const Loc *l, int ctx)
{
    Def *df = &defs[ndefs - 1];
    int i;
    if (ctx == CTX_SOUND && df->nlayers == 0) fail(l, "sound '%s' has no layers", df->name);
    if (ctx == CTX_TRACK) {
        if (df->nvoices == 0) fail(l, "track '%s' has no voices", df->name);
        for (i = 0; i < df->nvoices; i++) {
            if (df->voices[i].pos == 0)
                fail(l, "track '%s': voice %d has no notes", df->name, i + 1);
            if (df->loop && df->voices[i].pos != df->voices[0].pos)
                fail(l, "looping track '%s': voice %d is %ld steps long but voice 1 is %ld",
                     df->name, i + 1, df->voices[i].pos, df->voices[0].pos);
        }
    }
}

static void parse_file(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[LINE_MAX_LEN + 2];
    char *tok[MAX_TOK];
    int ctx = CTX_TOP;
    Voice *cur = NULL; /* voice being edited */
    Loc l;

    l.file = path;
    l.line = 0;
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        exit(1);
    }
    while (fgets(line, sizeof line, f)) {
        int nt = 0;
        char *p;
        size_t len = strlen(line);
        l.line++;
        if (len > 0 && line[len - 1] != '\n' && !feof(f)) fail(&l, "line too long");
        for (p = line; *p; p++) /* a comment is a word starting with '#' */
            if (*p == '#' && (p == line || p[-1] == ' ' || p[-1] == '\t')) {
                *p = '\0';
                break;
            }
        for (p = strtok(line, " \t\r\n"); p; p = strtok(NULL, " \t\r\n")) {
            if (nt == MAX_TOK) fail(&l, "too many words on one line");
            tok[nt++] = p;
        }
        if (nt == 0) continue;

        if (ctx == CTX_TOP) {
            int i;
            if (strcmp(tok[0], "instrument") == 0) {
                nargs(&l, nt, 1, 1);
                check_name(&l, tok[1]);
                if (find_instr(tok[1])) fail(&l, "duplicate instrument name '%s'", tok[1]);
                instrs = xrealloc(instrs, (size_t)(ninstrs + 1) * sizeof(Instr));
                memset(&instrs[ninstrs], 0, sizeof(Instr));
                strcpy(instrs[ninstrs].name, tok[1]);
                instrs[ninstrs].v = voice_default();
                cur = &instrs[ninstrs].v;
                ninstrs++;
                ctx = CTX_INSTR;
            } else if (strcmp(tok[0], "sound") == 0 || strcmp(tok[0], "track") == 0) {
                Def *df;
                nargs(&l, nt, 1, 1);
                check_name(&l, tok[1]);
                for (i = 0; i < ndefs; i++)
                    if (strcmp(defs[i].name, tok[1]) == 0)
                        fail(&l, "duplicate sound name '%s'", tok[1]);
                defs = xrealloc(defs, (size_t)(ndefs + 1) * sizeof(Def));
                df = &defs[ndefs++];
                memset(df, 0, sizeof *df);
                strcpy(df->name, tok[1]);
                df->is_track = tok[0][0] == 't';
                df->peak = df->is_track ? 0.5 : 0.8;
                df->tempo = 120.0;
                df->steps = 4;
                cur = NULL;
                ctx = df->is_track ? CTX_TRACK : CTX_SOUND;
            } else {
                fail(&l, "unknown keyword '%s' (expected instrument, sound or track)", tok[0]);
            }
            continue;
        }
        if (strcmp(tok[0], "end") == 0) {
            nargs(&l, nt, 0, 0);
            if (ctx != CTX_INSTR) finish_block(&l, ctx);
            ctx = CTX_TOP;
            cur = NULL;
            continue;
        }
        if (ctx == CTX_INSTR) {
            if (!voice_key(&l, cur, tok, nt)) fail(&l, "unknown keyword '%s'", tok[0]);
        } else if (ctx == CTX_SOUND) {
            Def *df = &defs[ndefs - 1];
            if (strcmp(tok[0], "peak") == 0) {
                nargs(&l, nt, 1, 1);
                df->peak = num_range(&l, tok[1], 0.0, 1.0);
            } else if (strcmp(tok[0], "layer") == 0) {
                nargs(&l, nt, 0, 1);
                df->layers = xrealloc(df->layers, (size_t)(df->nlayers + 1) * sizeof(Voice));
                cur = &df->layers[df->nlayers];
                if (nt > 1) {
                    const Instr *in = find_instr(tok[1]);
                    if (!in) fail(&l, "unknown instrument '%s'", tok[1]);
                    *cur = in->v;
                } else {
                    *cur = voice_default();
                }
                cur->seed ^= (uint32_t)(df->nlayers * 2654435761u);
                df->nlayers++;
            } else {
                if (!cur) {
                    df->layers = xrealloc(df->layers, sizeof(Voice));
                    cur = &df->layers[0];
                    *cur = voice_default();
                    df->nlayers = 1;
                }
                if (!voice_key(&l, cur, tok, nt)) fail(&l, "unknown keyword '%s'", tok[0]);
            }
        } else { /* CTX_TRACK */
            Def *df = &defs[ndefs - 1];
            int i;
            if (strcmp(tok[0], "tempo") == 0) {
                nargs(&l, nt, 1, 1);
                df->tempo = num_range(&l, tok[1], 1.0, 1000.0);
            } else if (strcmp(tok[0], "steps") == 0) {
                double d;
                nargs(&l, nt, 1, 1);
                d = num_range(&l, tok[1], 1.0, 64.0);
                if (d != floor(d)) fail(&l, "bad number '%s' (need an integer)", tok[1]);
                df->steps = (int)d;
            } else if (strcmp(tok[0], "loop") == 0) {
                nargs(&l, nt, 0, 0);
                df->loop = 1;
            } else if (strcmp(tok[0], "peak") == 0) {
                nargs(&l, nt, 1, 1);
                df->peak = num_range(&l, tok[1], 0.0, 1.0);
            } else if (strcmp(tok[0], "pat") == 0) {
                Pattern *pt;
                if (nt < 3) fail(&l, "wrong number of arguments for this keyword");
                check_name(&l, tok[1]);
                for (i = 0; i < df->npats; i++)
                    if (strcmp(df->pats[i].name, tok[1]) == 0)
                        fail(&l, "duplicate pattern name '%s'", tok[1]);
                df->pats = xrealloc(df->pats, (size_t)(df->npats + 1) * sizeof(Pattern));
                pt = &df->pats[df->npats];
                memset(pt, 0, sizeof *pt);
                strcpy(pt->name, tok[1]);
                for (i = 2; i < nt; i++)
                    expand_token(&l, df, tok[i], &pt->steps, &pt->n);
                df->npats++;
            } else if (strcmp(tok[0], "voice") == 0) {
                const Instr *in;
                TVoice *tv;
                nargs(&l, nt, 1, 2);
                in = find_instr(tok[1]);
                if (!in) fail(&l, "unknown instrument '%s'", tok[1]);
                df->voices = xrealloc(df->voices, (size_t)(df->nvoices + 1) * sizeof(TVoice));
                tv = &df->voices[df->nvoices++];
                memset(tv, 0, sizeof *tv);
                tv->inst = in->v;
                tv->vol = nt > 2 ? num_range(&l, tok[2], 0.0, 100.0) : 1.0;
                tv->cur = -1;
            } else if (strcmp(tok[0], "notes") == 0) {
                int *st = NULL;
                long n = 0, j;
                if (df->nvoices == 0) fail(&l, "'notes' before any 'voice'");
                for (i = 1; i < nt; i++)
                    expand_token(&l, df, tok[i], &st, &n);
                for (j = 0; j < n; j++)
                    voice_push(&df->voices[df->nvoices - 1], st[j]);
                free(st);
            } else {
                fail(&l, "unknown keyword '%s'", tok[0]);
            }
        }
    }
    if (ferror(f)) {
        fprintf(stderr, "%s: read error\n", path);
        exit(1);
    }
    fclose(f);
    if (ctx != CTX_TOP) {
        l.line++;
        fail(&l, "missing 'end' at end of file");
    }
}

int main(int argc, char **argv)
{
    int i;
    if (argc < 3) {
        fprintf(stderr, "usage: soundgen OUT_DIR SOURCE.txt...\n");
        return 2;
    }
    for (i = 2; i < argc; i++)
        parse_file(argv[i]);
    for (i = 0; i < ndefs; i++) {
        Buf b = {NULL, 0, 0};
        size_t n = strlen(argv[1]) + strlen(defs[i].name) + 8;
        char *path = xrealloc(NULL, n);
        render_def(&defs[i], &b);
        snprintf(path, n, "%s/%s.wav", argv[1], defs[i].name);
        write_wav(path, &b);
        free(path);
        free(b.d);
    }
    return 0;
}
