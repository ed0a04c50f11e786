#!/usr/bin/env bash
# Synthesises every sound of the game with SoX (Debian: apt-get install sox libsox-fmt-all)
# and packs the effects into one audio sprite. The outputs are committed; run this only to
# change a sound. Writes assets/audio/{sfx.ogg,sfx.mp3,sfx.json,music-*.ogg,music-*.mp3}.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/audio
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
R=(-r 44100 -c 1)

s() { sox -n "${R[@]}" "$tmp/$1.wav" "${@:2}"; }
cat_() { local name=$1; shift; sox "${@/#/$tmp/}" "$tmp/$name.wav"; }

# UI
s click synth 0.045 sine 1400 fade 0 0.045 0.035 vol 0.35
s good_a synth 0.11 sine 523.25 fade 0 0.11 0.06 vol 0.4
s good_b synth 0.11 sine 659.25 fade 0 0.11 0.06 vol 0.4
s good_c synth 0.28 sine 783.99 fade 0 0.28 0.2 vol 0.4
cat_ good good_a.wav good_b.wav good_c.wav
s mixed_a synth 0.14 sine 587.33 fade 0 0.14 0.08 vol 0.35
s mixed_b synth 0.26 sine 587.33 fade 0 0.26 0.2 vol 0.3
cat_ mixed mixed_a.wav mixed_b.wav
s wrong_a synth 0.16 triangle 392 fade 0 0.16 0.08 vol 0.35
s wrong_b synth 0.34 triangle 311.13 fade 0 0.34 0.25 vol 0.35
cat_ wrong wrong_a.wav wrong_b.wav
s deb_a synth 0.14 sine 523.25 sine 659.25 remix - fade 0 0.14 0.05 vol 0.3
s deb_b synth 0.7 sine 523.25 sine 659.25 sine 783.99 remix - fade 0 0.7 0.5 vol 0.3
cat_ debrief deb_a.wav deb_b.wav

# Story cues (sfx: tags)
s ping_a synth 0.09 sine 987.77 fade 0 0.09 0.05 vol 0.4
s ping_b synth 0.16 sine 1318.5 fade 0 0.16 0.12 vol 0.4
cat_ ping ping_a.wav ping_b.wav
s not_a synth 0.07 sine 880 fade 0 0.07 0.04 vol 0.35
s not_b synth 0.07 sine 1108.7 fade 0 0.07 0.04 vol 0.35
s not_c synth 0.14 sine 1318.5 fade 0 0.14 0.1 vol 0.35
cat_ notificatie not_a.wav not_b.wav not_c.wav
s buzz synth 0.35 square 110 lowpass 400 tremolo 22 90 fade 0.01 0.35 0.05 vol 0.35
s gap synth 0.12 sine 1 vol 0
cat_ trillen buzz.wav gap.wav buzz.wav
s bel synth 1.6 pluck 659.25 pluck 830.61 pluck 987.77 remix - fade 0 1.6 1.2 vol 0.5
s knock synth 0.07 brownnoise lowpass 250 fade 0 0.07 0.06 vol 0.45
s kgap synth 0.16 sine 1 vol 0
cat_ deur knock.wav kgap.wav knock.wav kgap.wav knock.wav
s shut_a synth 0.03 whitenoise highpass 1500 fade 0 0.03 0.02 vol 0.2
s shut_gap synth 0.06 sine 1 vol 0
s shut_b synth 0.05 whitenoise highpass 1000 fade 0 0.05 0.04 vol 0.2
cat_ camera shut_a.wav shut_gap.wav shut_b.wav
s tick synth 0.02 whitenoise highpass 3000 fade 0 0.02 0.015 vol 0.25
s tgap synth 0.07 sine 1 vol 0
s tgap2 synth 0.11 sine 1 vol 0
cat_ typen tick.wav tgap.wav tick.wav tgap2.wav tick.wav tgap.wav tick.wav tgap.wav tick.wav

# One sprite: each sound followed by silence, offsets in ms.
names=(click good mixed wrong debrief ping notificatie trillen bel deur camera typen)
s silence synth 0.25 sine 1 vol 0
parts=()
json="{"
offset=0
for n in "${names[@]}"; do
  dur=$(soxi -D "$tmp/$n.wav")
  ms=$(python3 -c "print(round($dur*1000))")
  json+="\"$n\":[$offset,$ms],"
  parts+=("$tmp/$n.wav" "$tmp/silence.wav")
  offset=$(python3 -c "print($offset + round($dur*1000) + 250)")
done
json="${json%,}}"
sox "${parts[@]}" -r 22050 "$tmp/sfx.wav"
sox "$tmp/sfx.wav" -C 3 "$out/sfx.ogg"
sox "$tmp/sfx.wav" -C 64 "$out/sfx.mp3"
echo "$json" | python3 -m json.tool > "$out/sfx.json"

# Two calm music loops (16 s), soft chords: calm for the menu and debrief, tense for play.
chord() { sox -n -r 22050 -c 1 "$tmp/$1.wav" synth 4 sine "$2" sine "$3" sine "$4" remix - fade 0.6 4 0.6 vol 0.12; }
chord c1 261.63 329.63 392.00
chord c2 220.00 261.63 329.63
chord c3 174.61 220.00 261.63
chord c4 196.00 246.94 293.66
sox "$tmp/c1.wav" "$tmp/c2.wav" "$tmp/c3.wav" "$tmp/c4.wav" "$tmp/calm.wav"
chord t1 220.00 261.63 329.63
chord t2 207.65 246.94 329.63
chord t3 174.61 220.00 261.63
chord t4 164.81 207.65 246.94
sox "$tmp/t1.wav" "$tmp/t2.wav" "$tmp/t3.wav" "$tmp/t4.wav" "$tmp/tense.wav"
for m in calm tense; do
  sox "$tmp/$m.wav" -C 2 "$out/music-$m.ogg"
  sox "$tmp/$m.wav" -C 48 "$out/music-$m.mp3"
done
ls -l "$out"
