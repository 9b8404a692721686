# USA-PRK (both directions) per month from a GDELT 1.0 export: events, events per QuadClass and the
# GoldsteinScale sum. The mawk side of bench/events-vs-mawk.sh. It trusts GDELT's own QuadClass and
# GoldsteinScale columns and checks nothing, so it does less work than tandem, which validates every
# row and derives both values from the CAMEO code.
#   mawk -f bench/events-dyad-month.awk FILE
BEGIN { FS = "\t" }
($8 == "USA" && $18 == "PRK") || ($8 == "PRK" && $18 == "USA") {
  m = substr($2, 1, 6)
  n[m]++
  q[m, $30]++
  g[m] += $31
}
END {
  for (m in n) {
    printf "%s-%s,%d,%d,%d,%d,%d,%.1f\n", substr(m, 1, 4), substr(m, 5, 2), n[m], q[m, 1], q[m, 2], q[m, 3], q[m, 4], g[m]
  }
}
