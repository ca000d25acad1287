sitrepSearchData("terms/t-feb",{"feb":"NRB8g","february":"NRB88zzBo8FZPv8"});
