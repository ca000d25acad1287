sitrepSearchData("terms/t-fin",{"finance":"x-Cf8","find":"HPMi8","finland":"QCMj8"});
