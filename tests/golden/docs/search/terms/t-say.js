sitrepSearchData("terms/t-say",{"say":"RPzig","saying":"QNXd8"});
