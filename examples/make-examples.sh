#!/usr/bin/env bash
# Regenerates the example import in examples/school/ (committed, ~2 MB). Not needed to use vidcat; kept so the
# examples are reproducible. Uses the FFmpeg bundled with vidcat (run bin/vidcat --version once first) or
# $FFMPEG. Needs the DejaVu fonts for the captions drawn into the videos.
set -euo pipefail
cd "$(dirname "$0")"
FFMPEG=${FFMPEG:-$(find "$HOME/.javacpp/cache" -path '*linux-x86_64-gpl*' -name ffmpeg -type f | head -n 1)}
export LD_LIBRARY_PATH="$(dirname "$FFMPEG")"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
out=school
rm -rf "$out"; mkdir -p "$out"/{wiskunde,aardrijkskunde,gym,natuurkunde,engels}
ff() { "$FFMPEG" -y -hide_banner -loglevel error -nostdin "$@"; }

# A lesson-like picture: gradient background, a title, a moving dot; fades in from black (posters must skip that).
scene() { # size duration title colour
  echo "gradients=s=$1:d=$2:c0=$4:c1=white:speed=0.02:r=25,drawtext=fontfile=$FONT:text='$3':fontsize=h/12:fontcolor=black:x=(w-tw)/2:y=h/3,drawbox=x='iw/2+iw/4*sin(t)':y=2*ih/3:w=ih/12:h=ih/12:color=red@0.8:t=fill,fade=t=in:st=0:d=0.8"
}
voice() { # duration: a tone with a little noise, at a level a phone would record
  echo "sine=f=220:sample_rate=48000:d=$1,volume=0.2[s];anoisesrc=d=$1:c=pink:a=0.02:r=48000[n];[s][n]amix=inputs=2"
}

# 1. Normal classroom recording: H.264 High + AAC in MP4, 720p, with a Windows-1252 .srt beside it.
ff -f lavfi -i "$(scene 1280x720 8 'Breuken vereenvoudigen' 0x3366cc)" -f lavfi -i "$(voice 8)" \
   -c:v libx264 -preset medium -crf 30 -pix_fmt yuv420p -c:a aac -b:a 64k -shortest -movflags +faststart \
   "$out/wiskunde/breuken-vereenvoudigen.mp4"
printf '1\r\n00:00:00,500 --> 00:00:03,000\r\nWe gaan een breuk vereenvoudigen.\r\n\r\n2\r\n00:00:03,200 --> 00:00:07,500\r\nDeel teller \xe9n noemer door de grootste gemene deler.\r\n' \
   > "$out/wiskunde/breuken-vereenvoudigen.srt"

# 2. Portrait phone clip: QuickTime, landscape pixels + rotation matrix, GPS tags (must never leave the school).
ff -f lavfi -i "$(scene 960x540 8 'Kaart lezen' 0x339966)" -f lavfi -i "$(voice 8)" \
   -c:v libx264 -preset medium -crf 30 -pix_fmt yuv420p -c:a aac -b:a 64k -shortest \
   -metadata location=+52.0907+005.1214/ -metadata com.apple.quicktime.location.ISO6709=+52.0907+005.1214/ \
   -metadata com.apple.quicktime.make=Apple -metadata com.apple.quicktime.model="iPhone 12" \
   -movflags use_metadata_tags /tmp/kaart-raw.mov
ff -display_rotation -90 -i /tmp/kaart-raw.mov -c copy -movflags use_metadata_tags "$out/aardrijkskunde/kaart-lezen.mov"
rm -f /tmp/kaart-raw.mov

# 3. Old camera file: MPEG-4 part 2 + PCM in AVI, 4:3.
ff -f lavfi -i "$(scene 640x480 6 'De radslag' 0xcc6633)" -f lavfi -i "$(voice 6)" \
   -c:v mpeg4 -q:v 8 -c:a pcm_s16le -ac 1 -shortest "$out/gym/radslag.avi"

# 4. Screen recording without audio: H.264 4:4:4 in Matroska at a variable frame rate.
ff -f lavfi -i "$(scene 1280x720 8 'Een stroomkring bouwen' 0x999999)" \
   -vf "setpts='if(lt(N,60),N/25/TB,(60/25+(N-60)/10)/TB)'" -fps_mode vfr \
   -c:v libx264 -preset medium -crf 32 -pix_fmt yuv444p "$out/natuurkunde/stroomkring-simulatie.mkv"

# 5. WebM from a browser recorder: VP9 + Opus.
ff -f lavfi -i "$(scene 640x360 6 'The present perfect' 0x993399)" -f lavfi -i "$(voice 6)" \
   -c:v libvpx-vp9 -b:v 300k -deadline realtime -cpu-used 8 -c:a libopus -b:a 48k -shortest \
   "$out/engels/present-perfect.webm"

# 6. A damaged upload: the first 40% of a real video.
ff -f lavfi -i "$(scene 640x360 6 'De Gouden Eeuw' 0x996633)" -c:v libx264 -preset veryfast -crf 30 \
   -pix_fmt yuv420p /tmp/gouden-eeuw.mp4
head -c $(( $(stat -c %s /tmp/gouden-eeuw.mp4) * 4 / 10 )) /tmp/gouden-eeuw.mp4 > "$out/gouden-eeuw.mp4"
rm -f /tmp/gouden-eeuw.mp4

# The sheet, as Dutch Excel saves it: ';'-separated Windows-1252. Line 3 names its maker in the description
# without her consent (privacy.names-in-text: never exported); line 7 names a file that is not there.
iconv -f UTF-8 -t WINDOWS-1252 > "$out/metadata.csv" <<'CSV'
bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;trefwoorden;makers;toestemming;docent;school;licentie;taal;ondertitels
wiskunde/breuken-vereenvoudigen.mp4;Breuken vereenvoudigen;Een leerling uit havo 4 legt stap voor stap uit hoe je een breuk vereenvoudigt: zoek de grootste gemene deler van teller én noemer en deel beide erdoor.;wiskunde;havo;1;KD22, KD23;breuken, ggd, vereenvoudigen;Sanne de Boer, Daan Smit;ja;mw. J. de Vries;Het Baken College;CC BY-SA 4.0;nl;wiskunde/breuken-vereenvoudigen.srt
aardrijkskunde/kaart-lezen.mov;Kaart lezen met de schaal;Noor laat met haar telefoon zien hoe je met de schaal van een kaart de echte afstand tussen twee plaatsen uitrekent.;ak;vmbo-gt;1-2;kerndoel 41;kaart, schaal, atlas;Noor El Amrani;nee;dhr. P. Jansen;Het Baken College;cc-by-40;nl;
gym/radslag.avi;De radslag in vier stappen;Twee leerlingen uit vwo 5 doen de radslag voor en benoemen de vier stappen: aanloop, handen neerzetten, benen over, landen.;Lichamelijke opvoeding;vwo;2;54;gym, turnen, radslag;Mila Visser|Jesse Bakker;ja;mw. K. Mulder;Het Baken College;CC BY 4.0;nl;
natuurkunde/stroomkring-simulatie.mkv;Een stroomkring bouwen in de simulatie;Schermopname: hoe je in de PhET-simulatie een serieschakeling bouwt en met de stroommeter meet wat er verandert als je een lampje toevoegt.;natuurkunde;havo/vwo;2;KD31;stroomkring, serieschakeling, simulatie;Ahmed Yilmaz;ja;dhr. R. de Groot;Het Baken College;CC BY-SA 4.0;nl;
engels/present-perfect.webm;The present perfect explained;A student from havo 5 explains when to use the present perfect instead of the past simple, with examples from daily life.;Engels;vmbo-k;2;13, KD99;grammar, present perfect;Lotte;ja;mw. A. Peters;Het Baken College;CC BY-NC-SA 4.0;Engels;
geschiedenis/tachtigjarige-oorlog.mp4;De Tachtigjarige Oorlog in vijf minuten;Een tijdlijn van de opstand tegen Spanje, van de Beeldenstorm tot de Vrede van Münster.;geschiedenis;havo;2;37;tijdlijn, opstand;Bram;ja;dhr. R. de Groot;Het Baken College;CC BY-SA 4.0;nl;
gouden-eeuw.mp4;De Gouden Eeuw;Waarom was de zeventiende eeuw voor de Republiek een gouden eeuw, en voor wie niet?;geschiedenis;havo;2;37;gouden eeuw, VOC;Bram;ja;dhr. R. de Groot;Het Baken College;CC BY-SA 4.0;nl;
CSV
du -sh "$out"; ls -la "$out"/*/ "$out"
