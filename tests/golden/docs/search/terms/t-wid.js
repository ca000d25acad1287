sitrepSearchData("terms/t-wid",{"wide":"RPzi8","wider":"NRB8g"});
