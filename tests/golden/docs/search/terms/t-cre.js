sitrepSearchData("terms/t-cre",{"create":"RPzi8","credited":"DTIn8","crests":"NRB88"});
