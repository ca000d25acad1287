sitrepSearchData("terms/t-att",{"attacking":"RPzi8","attacks":"RPzig","attempts":"NRB88","attention":"NRB88","attrition":"RPzi8"});
