sitrepSearchData("terms/t-mai",{"main":"HGRk8zWApayMGr8zZ-a8BJOig","maintain":"RPzi8"});
