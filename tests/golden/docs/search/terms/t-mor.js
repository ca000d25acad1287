sitrepSearchData("terms/t-mor",{"morale":"RPzi8","more":"NRB88yYS5x0xxE5g"});
