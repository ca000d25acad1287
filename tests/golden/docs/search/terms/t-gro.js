sitrepSearchData("terms/t-gro",{"ground":"NRB88yYS5g","group":"RPzi8ASW32"});
