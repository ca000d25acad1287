sitrepSearchData("terms/t-sup",{"superior":"RPzi8","supplied":"DTIn8zPEt8zWAp8CKF58","supply":"NRB88zZ-a8","supplying":"RPzi8","support":"RPzig"});
