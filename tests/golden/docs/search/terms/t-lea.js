sitrepSearchData("terms/t-lea",{"leader":"NRB88yYS58GAzi8","leaders":"QJ_j8","leads":"NRB88","learn":"RPzi8","least":"NRB8x0"});
