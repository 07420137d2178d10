-- wrk script of bench/registrations.sh: every request registers through a fresh invitation.
--   wrk -t2 -c64 -d10s --latency -s bench/register.lua http://127.0.0.1:PORT \
--       -- TOKENS_FILE CSRF THREADS
-- Thread k (0-based) takes lines k, k+THREADS, k+2*THREADS, … of TOKENS_FILE, so no token is
-- ever sent twice. Each request is POST /i/{token} with the form fields and the CSRF
-- double-submit cookie. A 303 to /r/… is a new registration; a 303 elsewhere (/registered)
-- would be a duplicate; anything else is counted by status. When a thread runs out of tokens
-- it sends a malformed one (the server answers 410) and counts it as `exhausted`.
-- done() prints one line `BENCH key=value …` for the shell script to parse.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   local file, csrf, nthreads = args[1], args[2], tonumber(args[3])
   if file == nil or csrf == nil or nthreads == nil then
      error("usage: -- TOKENS_FILE CSRF THREADS")
   end
   tokens = {}
   local i = 0
   for line in io.lines(file) do
      if line ~= "" then
         if i % nthreads == id then
            tokens[#tokens + 1] = line
         end
         i = i + 1
      end
   end
   pos = 1
   issued, received, registered, duplicate, other, exhausted = 0, 0, 0, 0, 0, 0
   codes = {}
   headers = {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = "convene_csrf=" .. csrf,
   }
   body = "csrf=" .. csrf
      .. "&title=Ms&given_name=Bench&family_name=Person&gender=woman&country=SEN"
      .. "&organisation=Bench+Ministry&organisation_type=government&position=Officer&consent=on"
end

function request()
   local t = tokens[pos]
   if t == nil then
      exhausted = exhausted + 1
      t = "exhausted"
   else
      pos = pos + 1
   end
   issued = issued + 1
   return wrk.format("POST", "/i/" .. t, headers, body)
end

function response(status, hdrs, _body)
   received = received + 1
   if status == 303 then
      local loc = hdrs["location"] or hdrs["Location"] or ""
      if string.sub(loc, 1, 3) == "/r/" then
         registered = registered + 1
      else
         duplicate = duplicate + 1
      end
   else
      other = other + 1
      codes[status] = (codes[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local t = { issued = 0, received = 0, registered = 0, duplicate = 0, other = 0, exhausted = 0 }
   local all_codes = {}
   for _, thread in ipairs(threads) do
      for k, _ in pairs(t) do
         t[k] = t[k] + (thread:get(k) or 0)
      end
      local c = thread:get("codes") or {}
      for code, n in pairs(c) do
         all_codes[code] = (all_codes[code] or 0) + n
      end
   end
   local codes_text = ""
   for code, n in pairs(all_codes) do
      codes_text = codes_text .. code .. ":" .. n .. ","
   end
   if codes_text == "" then codes_text = "none" end
   io.write(string.format(
      "BENCH issued=%d received=%d registered=%d duplicate=%d other=%d exhausted=%d codes=%s\n",
      t.issued, t.received, t.registered, t.duplicate, t.other, t.exhausted, codes_text))
end
