sitrepSearchData("terms/t-sou",{"source":"XOPb8AE-b8","sources":"RPzi8","southeastern":"QNXd8","southern":"RPzi8","southwest":"NRB88"});
