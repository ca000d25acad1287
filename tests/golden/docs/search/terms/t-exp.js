sitrepSearchData("terms/t-exp",{"experienced":"QNXd8","experts":"RPzix0","explained":"NRB88zZ-ag","exposed":"NRB88","expressed":"QNXd8"});
