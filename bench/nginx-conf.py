#!/usr/bin/env python3
"""Prints an nginx.conf serving a static OAI-PMH export with the configuration documented in docs/guide.md
("Serving oai-pmh with nginx"), taken from the guide itself so the benchmark measures what users are told to run:
its root pointed at EXPORT_DIR, listening on 127.0.0.1:PORT only, every file nginx writes under PREFIX. The first
line names the location harvesters use ("# location /video/oai").
Usage: nginx-conf.py GUIDE EXPORT_DIR PORT PREFIX"""
import re
import sys

guide, export, port, prefix = sys.argv[1:5]
text = open(guide, encoding="utf-8").read()
section = text[text.index("### Serving oai-pmh with nginx"):]
block = re.search(r"```nginx\n(.*?)```", section, re.S).group(1)
location = re.search(r"location\s+=?\s*(\S+)\s*\{", block).group(1)
block = re.sub(r"root\s+[^;]+;", "root " + export + ";", block)
block = re.sub(r"server\s*\{", "server {\n    listen 127.0.0.1:" + port + ";", block, count=1)
temps = "".join(f"    {t}_temp_path {prefix}/{t};\n" for t in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
print(f"""# location {location}
worker_processes auto;
error_log {prefix}/logs/error.log;
pid {prefix}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/logs/access.log;
{temps}{block}}}""")
