sitrepSearchData("terms/t-est",{"establishing":"QNXd8","estimate":"RPzi8","estonia":"FEza8","estonian":"NRB88"});
