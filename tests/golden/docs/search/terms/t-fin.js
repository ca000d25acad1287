sitrepSearchData("terms/t-fin",{"finance":"x-Cf8","find":"QNXd8","finland":"QCMj8"});
