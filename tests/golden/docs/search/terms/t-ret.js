sitrepSearchData("terms/t-ret",{"retired":"YUV78","retreat":"NRB81yYS58","retreated":"NRB88","retreating":"NRB88"});
