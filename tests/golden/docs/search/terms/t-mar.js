sitrepSearchData("terms/t-mar",{"marine":"WJDn8"});
