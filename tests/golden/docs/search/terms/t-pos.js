sitrepSearchData("terms/t-pos",{"position":"NRB8o","possibility":"RPzi8","possible":"NRB88yYS5g","post":"FyMp6HLGkgxxE58","posted":"NRB88"});
