sitrepSearchData("terms/t-joi",{"join":"NRB88","joined":"QCMj8"});
