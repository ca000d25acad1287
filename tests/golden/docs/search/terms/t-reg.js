sitrepSearchData("terms/t-reg",{"regain":"RPzi8","regiments":"NRB88","region":"LzSm2AUyt2Sxq8xxE58SWu8DWQj2","regional":"QNXd8","regions":"QNXd8"});
